import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Market, Priority, Result, Solution } from '../../../src/contract';
import { createLocalRuntime, type LocalRuntime } from '../../../local/runtime';
import { createHost } from '../../../local/host/server';
import { hostUsers } from '../../../local/host/users';

/**
 * Issue 9, item 8: faults can be injected from outside the process, through the host
 * (`/__forge/faults`), and a sweep through it of a fault at every storage request of each
 * single-transaction mutation finds every answer true: refused and nothing written, or done.
 */
let runtime: LocalRuntime;
let server: Server;
let base: string;

beforeAll(async () => {
  runtime = createLocalRuntime();
  server = createHost({ runtime, appRoot: join(__dirname, '../../..'), users: hostUsers(runtime.site) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  runtime.close();
});
afterEach(() => runtime.faults.clear());

interface FaultsState {
  pending: { target: string; nth: number; kind: string; path?: string }[];
  counts: Record<'kvs' | 'jira' | 'events', number>;
}

const faults = async (method: string, body?: unknown) => {
  const response = await fetch(`${base}/__forge/faults`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as FaultsState & { error?: { message: string } },
  };
};

async function invoke<T>(key: string, payload: unknown): Promise<Result<T>> {
  const response = await fetch(`${base}/__forge/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: 'avery.lead@acme-demo.test', moduleKey: 'portfolio', key, payload }),
  });
  return ((await response.json()) as { result: Result<T> }).result;
}
async function lead<T>(key: string, payload: unknown): Promise<T> {
  const result = await invoke<T>(key, payload);
  if (!result.ok) throw new Error(`${key} failed: ${JSON.stringify(result.error)}`);
  return result.data;
}

test('POST injects a fault the next call meets; GET shows what is pending; DELETE clears', async () => {
  const injected = await faults('POST', { target: 'kvs', nth: 1, kind: 'server-error' });
  expect(injected.status).toBe(200);
  expect(injected.body.pending).toEqual([{ target: 'kvs', nth: 1, kind: 'server-error', seen: 0 }]);
  const before = runtime.kvs.dump();
  const result = await invoke('market.create', { name: 'Banks', strategicWeight: 3, status: 'target' });
  expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  expect(runtime.kvs.dump()).toEqual(before);
  expect((await faults('GET')).body.pending).toEqual([]);

  await faults('POST', { target: 'jira', nth: 5, kind: 'rate-limit', retryAfter: 2, path: 'permissions' });
  expect((await faults('GET')).body.pending).toEqual([
    { target: 'jira', nth: 5, kind: 'rate-limit', retryAfter: 2, path: 'permissions', seen: 0 },
  ]);
  expect((await faults('DELETE')).body.pending).toEqual([]);
});

test.each([
  [{ target: 'disk', nth: 1, kind: 'timeout' }, /target must be one of kvs, jira, events/],
  [{ target: 'kvs', nth: 0, kind: 'timeout' }, /nth must be a whole number/],
  [{ target: 'kvs', nth: 1, kind: 'fire' }, /kind must be one of/],
  [{ target: 'kvs', nth: 1, kind: 'timeout', path: '(' }, /path is not a regular expression/],
  [{ target: 'kvs', nth: 1, kind: 'timeout', when: 'now' }, /Unknown fault field\(s\): when/],
])('a bad fault %j is a 400 saying what is wrong', async (body, message) => {
  const { status, body: answer } = await faults('POST', body);
  expect(status).toBe(400);
  expect(answer.error?.message).toMatch(message);
});

/** Each single-transaction mutation, with a payload built from what is stored now. */
const MUTATIONS: [string, () => Promise<unknown>][] = [
  ['market.create', async () => ({ name: 'Sweep market', strategicWeight: 2, status: 'explore' })],
  [
    'market.update',
    async () => {
      const market = await firstMarket();
      return {
        id: market.id,
        version: market.version,
        changes: { strategicWeight: (market.strategicWeight % 5) + 1 },
      };
    },
  ],
  [
    'priority.create',
    async () => ({
      marketId: (await firstMarket()).id,
      title: 'Sweep priority',
      outcome: 'Measured',
      layer: 'user',
      importance: 2,
      status: 'hypothesis',
    }),
  ],
  [
    'solution.create',
    async () => ({
      name: 'Sweep solution',
      valueStatement: 'Value',
      priorityIds: [(await firstPriority()).id],
      horizon: 'later',
      status: 'proposed',
    }),
  ],
  [
    'settings.update',
    async () => {
      const { settings } = await lead<{ settings: { version: number; balanceTarget: number } }>(
        'admin.get',
        {},
      );
      return {
        version: settings.version > 0 ? settings.version : null,
        changes: { balanceTarget: settings.balanceTarget === 0.5 ? 0.6 : 0.5 },
      };
    },
  ],
];

let market: Market | undefined;
let priority: Priority | undefined;
async function firstMarket(): Promise<Market> {
  market ??= await lead<Market>('market.create', {
    name: 'Sweep base',
    strategicWeight: 3,
    status: 'target',
  });
  const detail = await lead<{ market: Market }>('market.detail', { marketId: market.id });
  return detail.market;
}
async function firstPriority(): Promise<Priority> {
  const m = await firstMarket();
  priority ??= await lead<Priority>('priority.create', {
    marketId: m.id,
    title: 'Sweep base priority',
    outcome: 'Measured',
    layer: 'executive',
    importance: 3,
    status: 'validated',
  });
  return priority;
}

test.each(MUTATIONS)(
  '%s with a KVS fault at each of its storage requests: refused with nothing written, or done',
  async (key, payloadNow) => {
    // A clean run first: how many storage requests the mutation makes.
    const payload = await payloadNow();
    const start = (await faults('GET')).body.counts.kvs;
    await lead<Solution>(key, payload);
    const requests = (await faults('GET')).body.counts.kvs - start;
    expect(requests).toBeGreaterThan(0);
    for (let nth = 1; nth <= requests; nth += 1) {
      const next = await payloadNow();
      const before = runtime.kvs.dump();
      await faults('POST', { target: 'kvs', nth, kind: 'server-error' });
      const result = await invoke(key, next);
      await faults('DELETE');
      if (result.ok) expect(runtime.kvs.dump()).not.toEqual(before);
      else {
        expect(result.error.code).toBe('UNAVAILABLE');
        expect(runtime.kvs.dump()).toEqual(before);
      }
    }
  },
);
