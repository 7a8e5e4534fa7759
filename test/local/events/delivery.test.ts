import { InternalServerError, Queue } from '@forge/events';
import { deliveries, invokePage, MINUTE, useJobsRuntime } from './jobs-runtime';

// https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api/#event-consumer
describe('async events: a push is delivered to the queue’s consumer', () => {
  const rt = useJobsRuntime();

  it('gives the consumer function the AsyncEvent: the pushed body, queueName, jobId, eventId', async () => {
    const { jobId } = await new Queue({ key: 'work' }).push({ body: { mode: 'record', n: 1 } });
    expect(rt().pendingJobs()).toHaveLength(1);
    expect(await deliveries()).toEqual([]);

    const report = await rt().deliverJobs();

    expect(report).toEqual({
      delivered: 1,
      succeeded: 1,
      retried: 0,
      failed: 0,
      problems: [],
      durationsMs: [expect.any(Number)],
      // What the consumer did in storage, from the runtime's KVS counters: it recorded the delivery.
      costs: [{ kvsRequests: 2, readUnits: 0, readBytes: 0 }],
    });
    const [seen] = await deliveries();
    expect(seen.event).toStrictEqual({
      body: { mode: 'record', n: 1 },
      queueName: 'work',
      jobId,
      eventId: expect.any(String),
    });
    expect(seen.context.installContext).toBe(`ari:cloud:jira::site/${rt().app.cloudId}`);
    expect(rt().pendingJobs()).toEqual([]);
  });

  it('delivers each event of a push once, in push order, under one jobId with distinct eventIds', async () => {
    const { jobId } = await new Queue({ key: 'work' }).push(
      [1, 2, 3].map((n) => ({ body: { mode: 'record', n } })),
    );
    await rt().deliverJobs();
    const seen = (await deliveries()).map((d) => d.event);
    expect(seen.map((e) => e.body.n)).toEqual([1, 2, 3]);
    expect(new Set(seen.map((e) => e.jobId))).toEqual(new Set([jobId]));
    expect(new Set(seen.map((e) => e.eventId)).size).toBe(3);
  });

  it('delivers a push made inside a resolver invocation, as the app’s backend makes them', async () => {
    const { jobId } = (await invokePage(rt(), 'push', {
      queue: 'work',
      events: [{ body: { mode: 'record', from: 'resolver' } }],
    })) as { jobId: string };
    await rt().deliverJobs();
    expect((await deliveries()).map((d) => [d.event.jobId, d.event.body])).toEqual([
      [jobId, { mode: 'record', from: 'resolver' }],
    ]);
  });

  it('delivers what consumers push, and what those push, in the same deliverJobs()', async () => {
    await new Queue({ key: 'work' }).push({ body: { mode: 'chain', remaining: 5 } });
    const report = await rt().deliverJobs();
    expect(report).toMatchObject({ delivered: 6, succeeded: 6 });
    expect(await deliveries()).toEqual([{ chainEnded: expect.any(String) }]);
    expect(rt().pendingJobs()).toEqual([]);
  });

  it('refuses a push to a queue that no consumer module consumes', async () => {
    const push = new Queue({ key: 'nobody-listens' }).push({ body: {} });
    await expect(push).rejects.toBeInstanceOf(InternalServerError);
    await expect(push).rejects.toThrow(
      /No consumer module in manifest.yml consumes the queue 'nobody-listens'/,
    );
    expect(rt().pendingJobs()).toEqual([]);
  });
});

// The 1.x form the manifest schema still accepts: `resolver: { function, method }`.
describe('async events: a resolver-based (1.x) consumer', () => {
  const rt = useJobsRuntime();

  it('is called as resolver.define(method, ({ payload, context })) with the body as payload and jobId on context', async () => {
    const { jobId } = await new Queue({ key: 'legacy' }).push({ body: { mode: 'record', n: 2 } });
    await rt().deliverJobs();
    const [seen] = await deliveries<{ payload: unknown; context: Record<string, unknown> }>();
    expect(seen.payload).toStrictEqual({ mode: 'record', n: 2 });
    expect(seen.context).toMatchObject({ jobId, moduleKey: 'legacy-consumer', cloudId: rt().app.cloudId });
  });

  it('finds retryContext in the payload on a retry, as 1.x consumers did', async () => {
    await new Queue({ key: 'legacy' }).push({ body: { mode: 'throw' } });
    expect(await rt().deliverJobs()).toMatchObject({ delivered: 1, retried: 1 });
    rt().clock.advance(MINUTE);
    expect(await rt().deliverJobs()).toMatchObject({ delivered: 1, succeeded: 1 });
    const [first, retry] = await deliveries<{ payload: Record<string, unknown> }>();
    expect(first.payload).not.toHaveProperty('retryContext');
    expect(retry.payload).toMatchObject({ mode: 'throw', retryContext: { retryCount: 1 } });
  });
});
