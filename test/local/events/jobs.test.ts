import { JobDoesNotExistError, Queue } from '@forge/events';
import { deliveries, useJobsRuntime } from './jobs-runtime';

// https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api/#tracking-progress-of-events
// and #cancel-a-job-in-progress: "When a job is canceled, any events from that job that have not yet
// started processing, including retries, will not be processed. This does not affect function
// invocations that are already being executed at the time of cancellation."
describe('async events: job stats', () => {
  const rt = useJobsRuntime();

  it('counts each event of a job in progress until it succeeds or is given up', async () => {
    const queue = new Queue({ key: 'work' });
    const { jobId } = await queue.push([
      { body: { mode: 'record' } },
      { body: { mode: 'throw', succeedOnRetry: 1 } },
      { body: { mode: 'ask-retry', retryData: { blob: 'x'.repeat(5000) } } },
    ]);
    expect(await queue.getStats(jobId)).toEqual({ success: 0, inProgress: 3, failed: 0 });

    await rt().deliverJobs();
    // The thrown one waits for its retry: still in progress.
    expect(await queue.getJob(jobId).getStats()).toEqual({ success: 1, inProgress: 1, failed: 1 });

    await rt().deliverJobs({ fastForward: true });
    expect(await queue.getStats(jobId)).toEqual({ success: 2, inProgress: 0, failed: 1 });
  });

  it('keeps each job’s counts apart', async () => {
    const queue = new Queue({ key: 'work' });
    const a = await queue.push([{ body: { mode: 'record' } }, { body: { mode: 'record' } }]);
    const b = await queue.push({ body: { mode: 'record' }, delayInSeconds: 60 });
    await rt().deliverJobs();
    expect(await queue.getStats(a.jobId)).toEqual({ success: 2, inProgress: 0, failed: 0 });
    expect(await queue.getStats(b.jobId)).toEqual({ success: 0, inProgress: 1, failed: 0 });
  });

  it('answers JobDoesNotExistError for an unknown job, or a job of another queue', async () => {
    const { jobId } = await new Queue({ key: 'work' }).push({ body: {} });
    await expect(new Queue({ key: 'work' }).getStats('no-such-job')).rejects.toBeInstanceOf(
      JobDoesNotExistError,
    );
    await expect(new Queue({ key: 'slow' }).getStats(jobId)).rejects.toBeInstanceOf(JobDoesNotExistError);
  });
});

describe('async events: cancelling a job', () => {
  const rt = useJobsRuntime();

  it('drops the events not yet delivered, delayed ones included', async () => {
    const queue = new Queue({ key: 'work' });
    const { jobId } = await queue.push([
      { body: { mode: 'record' } },
      { body: { mode: 'record' }, delayInSeconds: 120 },
    ]);
    const other = await queue.push({ body: { mode: 'record', other: true } });

    await queue.cancel(jobId);

    expect(await queue.getStats(jobId)).toEqual({ success: 0, inProgress: 0, failed: 0 });
    expect(await rt().deliverJobs({ fastForward: true })).toMatchObject({ delivered: 1 });
    expect((await deliveries()).map((d) => d.event.jobId)).toEqual([other.jobId]);
  });

  it('drops the retries of an event that failed before the cancel', async () => {
    const queue = new Queue({ key: 'work' });
    const { jobId } = await queue.push({ body: { mode: 'throw' } });
    await rt().deliverJobs();
    expect(rt().pendingJobs()).toHaveLength(1);

    await queue.getJob(jobId).cancel();

    expect(rt().pendingJobs()).toEqual([]);
    expect(await rt().deliverJobs({ fastForward: true })).toMatchObject({ delivered: 0 });
    expect(await deliveries()).toHaveLength(1);
  });

  it('lets the event that cancels its own job finish, but does not retry it nor deliver the rest', async () => {
    const queue = new Queue({ key: 'work' });
    const { jobId } = await queue.push([{ body: { mode: 'cancel-own-job' } }, { body: { mode: 'record' } }]);

    const report = await rt().deliverJobs({ fastForward: true });

    expect(report).toMatchObject({ delivered: 1, succeeded: 0, retried: 0, failed: 0 });
    expect(report.problems).toMatchObject([{ outcome: 'cancelled', message: /its job was cancelled/ }]);
    expect((await deliveries()).map((d) => d.event.body.mode)).toEqual(['cancel-own-job']);
    expect(await queue.getStats(jobId)).toEqual({ success: 0, inProgress: 0, failed: 0 });
  });

  it('accepts a cancel of a finished job; refuses one of an unknown job with JobDoesNotExistError', async () => {
    const queue = new Queue({ key: 'work' });
    const { jobId } = await queue.push({ body: { mode: 'record' } });
    await rt().deliverJobs();
    await queue.cancel(jobId);
    expect(await queue.getStats(jobId)).toEqual({ success: 1, inProgress: 0, failed: 0 });
    await expect(queue.cancel('no-such-job')).rejects.toBeInstanceOf(JobDoesNotExistError);
  });
});
