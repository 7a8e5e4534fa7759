import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { asApp, route } from '@forge/api';
import { Queue } from '@forge/events';
import { kvs } from '@forge/kvs';
import { createLocalRuntime, parseLatency, type LocalRuntime } from '../../../local/runtime';
import { perTest } from '../../support/per-test';

const appRoot = join(__dirname, '../../fixtures/jobs-app');

/** A sleep the test controls: records each wait and ends it only when told. */
function heldSleep() {
  const waits: { ms: number; end: () => void }[] = [];
  const sleep = (ms: number) => new Promise<void>((resolve) => waits.push({ ms, end: resolve }));
  return { waits, sleep };
}

describe('the latency model', () => {
  const held = perTest(
    () => {
      const { waits, sleep } = heldSleep();
      const rt = createLocalRuntime({ appRoot, latency: { kvs: 20, jira: 100, sleep } });
      return { rt, waits };
    },
    ({ rt }) => rt.close(),
  );

  it('holds each KVS answer back by the KVS latency, and each Jira answer by the Jira latency', async () => {
    const { waits } = held();
    let answered = false;
    const read = kvs.get('anything').then(() => (answered = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(waits.map((w) => w.ms)).toEqual([20]);
    expect(answered).toBe(false);
    waits[0].end();
    await read;

    const myself = asApp().requestJira(route`/rest/api/3/myself`);
    await new Promise((resolve) => setImmediate(resolve));
    expect(waits.map((w) => w.ms)).toEqual([20, 100]);
    waits[1].end();
    expect((await myself).status).toBe(200);
  });

  it('adds nothing to async events requests, which it does not model', async () => {
    const { waits } = held();
    await new Queue({ key: 'work' }).push({ body: {} });
    expect(waits).toEqual([]);
  });
});

describe('the latency model, off', () => {
  const waits: number[] = [];
  perTest(
    () => createLocalRuntime({ appRoot, latency: { sleep: async (ms) => void waits.push(ms) } }),
    (made: LocalRuntime) => made.close(),
  );

  it('waits for nothing when no target has a latency (the default)', async () => {
    await kvs.get('anything');
    await asApp().requestJira(route`/rest/api/3/myself`);
    expect(waits).toEqual([]);
  });
});

describe('the latency model on real timers', () => {
  perTest(
    () => createLocalRuntime({ appRoot, latency: { kvs: 30 } }),
    (made: LocalRuntime) => made.close(),
  );

  it('makes three KVS calls take at least three times the KVS latency', async () => {
    const started = performance.now();
    await kvs.set('k', 1);
    await kvs.get('k');
    await kvs.delete('k');
    // A timer may fire up to a millisecond early; only the lower bound is asserted (never flaky).
    expect(performance.now() - started).toBeGreaterThanOrEqual(90 - 3);
  });
});

describe('the --latency flag', () => {
  it.each([
    ['kvs=20,jira=100', { kvs: 20, jira: 100 }],
    ['jira=5', { jira: 5 }],
    [' kvs = 0 ', { kvs: 0 }],
  ])('reads %j', (text, latency) => {
    expect(parseLatency(text)).toEqual(latency);
  });

  it.each(['kvs', 'kvs=', 'kvs=-1', 'kvs=1.5', 'db=3', 'kvs=20;jira=1', 'kvs=1=2'])(
    'refuses %j with the usage',
    (text) => {
      expect(() => parseLatency(text)).toThrow(
        /--latency takes target=ms pairs for kvs and jira, e.g. kvs=20,jira=100/,
      );
    },
  );
});
