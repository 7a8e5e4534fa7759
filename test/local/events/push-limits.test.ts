import { randomUUID } from 'node:crypto';
import { __requestAtlassianAsApp } from '@forge/api';
import {
  InvalidPushSettingsError,
  PayloadTooBigError,
  Queue,
  RateLimitError,
  TooManyEventsError,
  type PushEvent,
} from '@forge/events';
import { START, useJobsRuntime } from './jobs-runtime';

// https://developer.atlassian.com/platform/forge/limits-async-events/
// The SDK checks the count and the size before sending (validators.js); the platform checks them
// again, so the emulator answers a request that skips the SDK's checks too.

/** Sends a publish request as `Queue.push()` does (queue.js, queries.js), without the SDK's own checks. */
async function rawPush(payload: unknown[], queueName = 'work'): Promise<{ status: number; body: unknown }> {
  const response = await __requestAtlassianAsApp(
    '/webhook/queue/publish/{contextAri}/{environmentId}/{appId}/{appVersion}',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        queueName,
        jobId: randomUUID(),
        type: 'avi:forge:app:event',
        schema: 'ari:cloud:ecosystem::forge/app-event-2',
        payload,
        time: new Date(START).toISOString(),
      }),
    },
  );
  return { status: response.status, body: await response.json() };
}

const events = (count: number): PushEvent[] =>
  Array.from({ length: count }, (_, n) => ({ body: { mode: 'record', n } }));

/** One event whose JSON is exactly `bytes` long: `{"body":{"pad":"…"}}` is 19 bytes without the padding. */
const eventOfBytes = (bytes: number): PushEvent => ({ body: { pad: 'x'.repeat(bytes - 19) } });

describe('async events: what one push may carry', () => {
  const rt = useJobsRuntime();

  it('accepts 50 events in a push; the SDK refuses 51 with TooManyEventsError, the emulator with 400', async () => {
    await new Queue({ key: 'work' }).push(events(50));
    expect(rt().pendingJobs()).toHaveLength(50);

    await expect(new Queue({ key: 'work' }).push(events(51))).rejects.toBeInstanceOf(TooManyEventsError);
    expect(await rawPush(events(51))).toEqual({
      status: 400,
      body: { code: 'BAD_REQUEST', message: 'This push contains more than the 50 events allowed.' },
    });
    expect(rt().pendingJobs()).toHaveLength(50);
  });

  it('accepts 200 KB of events in a push; a byte more is PayloadTooBigError from the SDK, 413 from the emulator', async () => {
    // The payload's size is the JSON of the events array: `[` + event + `]`.
    const fits = [eventOfBytes(200 * 1024 - 2)];
    const over = [eventOfBytes(200 * 1024 - 1)];
    expect(Buffer.byteLength(JSON.stringify(fits))).toBe(204_800);

    await new Queue({ key: 'work' }).push(fits);
    await expect(new Queue({ key: 'work' }).push(over)).rejects.toBeInstanceOf(PayloadTooBigError);
    expect(await rawPush(over)).toEqual({
      status: 413,
      body: { errorMessage: 'The maximum payload size is 200KB.' },
    });
    expect(rt().pendingJobs()).toHaveLength(1);
  });

  it('limits each event to 100 KB when the consumer’s function may run longer than 55 s', async () => {
    const big = eventOfBytes(100 * 1024 + 1);
    // The SDK lets it through (the push is under 200 KB); the platform answers 413, which the SDK
    // turns into PayloadTooBigError with the platform's message.
    const refused = new Queue({ key: 'long' }).push(big);
    await expect(refused).rejects.toBeInstanceOf(PayloadTooBigError);
    await expect(refused).rejects.toThrow(/at most 100KB/);
    await new Queue({ key: 'long' }).push(eventOfBytes(100 * 1024));
    await new Queue({ key: 'work' }).push(big);
    expect(
      rt()
        .pendingJobs()
        .map((e) => e.queueName),
    ).toEqual(['long', 'work']);
  });

  it('delays by at most 900 s: 901 is InvalidPushSettingsError from the SDK, 400 from the emulator', async () => {
    await new Queue({ key: 'work' }).push({ body: {}, delayInSeconds: 900 });
    expect(rt().pendingJobs()[0].dueAt).toBe(START + 900_000);

    await expect(new Queue({ key: 'work' }).push({ body: {}, delayInSeconds: 901 })).rejects.toBeInstanceOf(
      InvalidPushSettingsError,
    );
    expect(await rawPush([{ body: {}, delayInSeconds: 901 }])).toMatchObject({ status: 400 });
    expect(await rawPush([{ body: {}, delayInSeconds: -1 }])).toMatchObject({ status: 400 });
    expect(rt().pendingJobs()).toHaveLength(1);
  });

  it('refuses events whose body is not an object, even from a client that skips the SDK', async () => {
    expect(await rawPush(['hello'])).toMatchObject({ status: 400 });
    expect(await rawPush([{ body: [1, 2] }])).toMatchObject({ status: 400 });
    expect(await rawPush([])).toMatchObject({ status: 400 });
    expect(rt().pendingJobs()).toEqual([]);
  });
});

describe('async events: 500 events a minute per installation', () => {
  const rt = useJobsRuntime();

  it('refuses a push that would exceed 500 events in a minute with RateLimitError, whatever the queue', async () => {
    for (let i = 0; i < 5; i += 1) await new Queue({ key: 'work' }).push(events(50));
    for (let i = 0; i < 5; i += 1) await new Queue({ key: 'legacy' }).push(events(50));

    await expect(new Queue({ key: 'slow' }).push({ body: {} })).rejects.toBeInstanceOf(RateLimitError);
    expect(rt().pendingJobs()).toHaveLength(500);
  });

  it('accepts events again once the minute since the earlier pushes has passed', async () => {
    for (let i = 0; i < 10; i += 1) await new Queue({ key: 'work' }).push(events(50));
    rt().clock.advance(59_999);
    await expect(new Queue({ key: 'work' }).push({ body: {} })).rejects.toBeInstanceOf(RateLimitError);
    rt().clock.advance(1);
    await new Queue({ key: 'work' }).push(events(50));
    expect(rt().pendingJobs()).toHaveLength(550);
  });

  it('refuses a push whole: 20 events with room for 10 are all refused', async () => {
    for (let i = 0; i < 49; i += 1) await new Queue({ key: 'work' }).push(events(10));
    await expect(new Queue({ key: 'work' }).push(events(20))).rejects.toBeInstanceOf(RateLimitError);
    await new Queue({ key: 'work' }).push(events(10));
    expect(rt().pendingJobs()).toHaveLength(500);
  });

  it('answers 429 when a fault is injected, as the platform may at any time', async () => {
    rt().faults.inject({ target: 'events', nth: 1, kind: 'rate-limit' });
    await expect(new Queue({ key: 'work' }).push({ body: {} })).rejects.toBeInstanceOf(RateLimitError);
    await new Queue({ key: 'work' }).push({ body: {} });
    expect(rt().pendingJobs()).toHaveLength(1);
  });
});

describe('async events: the rate limit raised for a test that needs to push more', () => {
  const rt = useJobsRuntime({ events: { eventsPerMinute: 1000 } });

  it('takes eventsPerMinute from the runtime options', async () => {
    for (let i = 0; i < 20; i += 1) await new Queue({ key: 'work' }).push(events(50));
    await expect(new Queue({ key: 'work' }).push({ body: {} })).rejects.toBeInstanceOf(RateLimitError);
    expect(rt().pendingJobs()).toHaveLength(1000);
  });
});
