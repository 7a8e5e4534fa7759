import { Queue } from '@forge/events';
import { deliveries, settle, START, useJobsRuntime } from './jobs-runtime';

// A consumer has its function's time limit: `timeoutSeconds` on the function module, "the default
// of 55 seconds … up to 900 seconds". Running past it is an app-level error, retried like any other.
// https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api/#manifest-configuration
// The fixture's `hang` consumer never finishes on its first delivery; the clock is moved, not waited for.
describe('async events: the consumer’s time limit', () => {
  const rt = useJobsRuntime();

  /** Starts a delivery, and resolves once the consumer is running (its time limit is on the clock). */
  async function startDelivery() {
    let finished = false;
    const report = rt()
      .deliverJobs()
      .finally(() => (finished = true));
    await rt().clock.untilSleeping();
    return { report, finished: () => finished };
  }

  it('fails a consumer still running after 55 s by default, and retries it with FUNCTION_TIME_OUT', async () => {
    const { jobId } = await new Queue({ key: 'work' }).push({ body: { mode: 'hang', succeedOnRetry: 1 } });
    const delivery = await startDelivery();

    rt().clock.advance(54_999);
    await settle();
    expect(delivery.finished()).toBe(false);
    rt().clock.advance(1);

    expect(await delivery.report).toMatchObject({
      delivered: 1,
      retried: 1,
      problems: [{ reason: 'FUNCTION_TIME_OUT', message: /ran longer than its 55 s limit/ }],
    });
    expect(await new Queue({ key: 'work' }).getStats(jobId)).toEqual({
      success: 0,
      inProgress: 1,
      failed: 0,
    });

    expect(await rt().deliverJobs({ fastForward: true })).toMatchObject({ delivered: 1, succeeded: 1 });
    expect((await deliveries())[1].event.retryContext).toMatchObject({
      retryCount: 1,
      retryReason: 'FUNCTION_TIME_OUT',
    });
    expect(await new Queue({ key: 'work' }).getStats(jobId)).toEqual({
      success: 1,
      inProgress: 0,
      failed: 0,
    });
  });

  it('uses the timeoutSeconds of the consumer’s function (2 s for the slow queue)', async () => {
    await new Queue({ key: 'slow' }).push({ body: { mode: 'hang' } });
    const delivery = await startDelivery();
    rt().clock.advance(1_999);
    await settle();
    expect(delivery.finished()).toBe(false);
    rt().clock.advance(1);
    expect(await delivery.report).toMatchObject({ retried: 1, problems: [{ reason: 'FUNCTION_TIME_OUT' }] });
    // The retry waits from the moment the limit struck.
    expect(rt().pendingJobs()[0].dueAt).toBe(START + 2_000 + 60_000);
  });

  it('leaves no time limit running once a consumer finishes in time', async () => {
    await new Queue({ key: 'slow' }).push({ body: { mode: 'record' } });
    expect(await rt().deliverJobs()).toMatchObject({ succeeded: 1 });
    expect(rt().clock.sleeping).toBe(0);
  });
});
