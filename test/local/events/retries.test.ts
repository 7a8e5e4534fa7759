import { Queue } from '@forge/events';
import { DAY, deliveries, MINUTE, START, useJobsRuntime } from './jobs-runtime';

// https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api/#retries
// "Async Events are automatically retried within the retention window until they are successfully
// delivered. Retries use exponential backoff, with intervals reaching up to approximately 15 minutes."
// The retention window "begins when the Async Event is successfully enqueued and lasts for 24 hours";
// past it, an event that keeps failing with app-level errors is dropped.
describe('async events: a consumer that throws is retried with a retry context', () => {
  const rt = useJobsRuntime();

  it('retries after a minute, then two, with retryCount, retryReason and the retention window', async () => {
    const { jobId } = await new Queue({ key: 'work' }).push({ body: { mode: 'throw', succeedOnRetry: 2 } });

    const first = await rt().deliverJobs();
    expect(first).toMatchObject({ delivered: 1, succeeded: 0, retried: 1, failed: 0 });
    expect(first.problems).toEqual([
      {
        queueName: 'work',
        jobId,
        eventId: expect.any(String),
        retryCount: 0,
        outcome: 'retry',
        reason: 'FUNCTION_PLATFORM_UNKNOWN_ERROR',
        message: 'Error: work failed on delivery 0; retry 1 in 60 s',
      },
    ]);
    expect(
      rt()
        .pendingJobs()
        .map((e) => e.dueAt),
    ).toEqual([START + MINUTE]);

    rt().clock.advance(MINUTE - 1);
    expect((await rt().deliverJobs()).delivered).toBe(0);
    rt().clock.advance(1);
    expect(await rt().deliverJobs()).toMatchObject({ delivered: 1, retried: 1 });
    rt().clock.advance(2 * MINUTE);
    expect(await rt().deliverJobs()).toMatchObject({ delivered: 1, succeeded: 1 });

    const contexts = (await deliveries()).map((d) => d.event.retryContext);
    expect(contexts).toEqual([
      undefined,
      {
        retryCount: 1,
        retryReason: 'FUNCTION_PLATFORM_UNKNOWN_ERROR',
        retentionWindow: { startTime: new Date(START).toISOString(), remainingTimeMs: DAY - MINUTE },
      },
      {
        retryCount: 2,
        retryReason: 'FUNCTION_PLATFORM_UNKNOWN_ERROR',
        retentionWindow: { startTime: new Date(START).toISOString(), remainingTimeMs: DAY - 3 * MINUTE },
      },
    ]);
    expect(await new Queue({ key: 'work' }).getStats(jobId)).toEqual({
      success: 1,
      inProgress: 0,
      failed: 0,
    });
  });

  it('gives up once the next retry would fall outside the 24-hour retention window, and counts the event failed', async () => {
    const { jobId } = await new Queue({ key: 'work' }).push({ body: { mode: 'throw' } });

    const report = await rt().deliverJobs({ fastForward: true });

    // Waits of 1, 2, 4, 8 minutes (15 in all), then 15 minutes each: retries at 15 min, 30 min, …,
    // 24 h (the window's last moment) make 4 + 95 = 99 retries; the next would be past the window.
    expect(report).toMatchObject({ delivered: 100, succeeded: 0, retried: 99, failed: 1 });
    expect(report.problems.at(-1)).toMatchObject({ outcome: 'failed', retryCount: 99 });
    expect(report.problems.at(-1)!.message).toMatch(/retention window/);
    const seen = await deliveries();
    expect(seen.at(-1)!.event.retryContext).toMatchObject({
      retryCount: 99,
      retentionWindow: { remainingTimeMs: 0 },
    });
    expect(rt().clock.now()).toBe(START + DAY);
    expect(rt().pendingJobs()).toEqual([]);
    expect(await new Queue({ key: 'work' }).getStats(jobId)).toEqual({
      success: 0,
      inProgress: 0,
      failed: 1,
    });
  });
});

// "You can request a retry of an Async Event by returning an InvocationError object."
describe('async events: a consumer that returns an InvocationError', () => {
  const rt = useJobsRuntime();

  it('is retried after retryAfter seconds with its retryReason and retryData', async () => {
    await new Queue({ key: 'work' }).push({
      body: { mode: 'ask-retry', retryAfter: 30, retryData: { cursor: 7 }, succeedOnRetry: 1 },
    });
    const first = await rt().deliverJobs();
    expect(first).toMatchObject({ retried: 1, problems: [{ reason: 'FUNCTION_UPSTREAM_RATE_LIMITED' }] });
    expect(rt().pendingJobs()[0].dueAt).toBe(START + 30_000);

    rt().clock.advance(30_000);
    expect(await rt().deliverJobs()).toMatchObject({ delivered: 1, succeeded: 1 });
    expect((await deliveries())[1].event.retryContext).toEqual({
      retryCount: 1,
      retryReason: 'FUNCTION_UPSTREAM_RATE_LIMITED',
      retryData: { cursor: 7 },
      retentionWindow: { startTime: new Date(START).toISOString(), remainingTimeMs: DAY - 30_000 },
    });
  });

  it('waits at most 900 s, however long retryAfter asks for', async () => {
    await new Queue({ key: 'work' }).push({ body: { mode: 'ask-retry', retryAfter: 3600 } });
    await rt().deliverJobs();
    expect(rt().pendingJobs()[0].dueAt).toBe(START + 900_000);
  });

  it('is given up, not retried, when retryData is over 4 KB', async () => {
    const { jobId } = await new Queue({ key: 'work' }).push({
      body: { mode: 'ask-retry', retryData: { blob: 'x'.repeat(4 * 1024) } },
    });
    const report = await rt().deliverJobs({ fastForward: true });
    expect(report).toMatchObject({
      delivered: 1,
      retried: 0,
      failed: 1,
      problems: [{ reason: 'RETRY_DATA_TOO_LARGE' }],
    });
    expect(await new Queue({ key: 'work' }).getStats(jobId)).toEqual({
      success: 0,
      inProgress: 0,
      failed: 1,
    });
  });

  it('is retried after a second when retryAfter asks for 0', async () => {
    await new Queue({ key: 'work' }).push({ body: { mode: 'ask-retry', retryAfter: 0 } });
    await rt().deliverJobs();
    // The SDK raises retryAfter ≤ 0 to its minimum of 1 second (invocationError.js).
    expect(rt().pendingJobs()[0]).toMatchObject({ dueAt: START + 1000, retry: { retryCount: 1 } });
  });
});
