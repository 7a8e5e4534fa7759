import { Queue } from '@forge/events';
import { invokePage, useJobsRuntime } from './jobs-runtime';

// "Cyclic invocation limit: 1000 … the total number of async event push requests that can be made
// across all handlers originating from a single initial function invocation, including requests
// made by downstream handlers." https://developer.atlassian.com/platform/forge/limits-async-events/
// The rate limit is raised here so that only the cyclic limit is under test.
describe('async events: 1000 push requests per invocation chain', () => {
  const rt = useJobsRuntime({ events: { eventsPerMinute: Infinity } });

  it('refuses the 1001st push of one invocation with InvocationLimitReachedError; a new invocation may push again', async () => {
    expect(await invokePage(rt(), 'push-many', { times: 1001 })).toEqual({
      pushed: 1000,
      error: 'InvocationLimitReachedError',
    });
    expect(await invokePage(rt(), 'push-many', { times: 1 })).toEqual({ pushed: 1 });
    expect(rt().pendingJobs()).toHaveLength(1001);
  });

  it('counts the pushes of consumers down a chain against the invocation that started it', async () => {
    // The resolver's push is the chain's first; hop k (from 0) makes push k + 2, so hop 999 makes
    // the 1001st, which is refused: that consumer fails and its event waits for a retry.
    await invokePage(rt(), 'push', { queue: 'work', events: [{ body: { mode: 'chain', remaining: 2000 } }] });
    const report = await rt().deliverJobs();
    expect(report).toMatchObject({ delivered: 1000, succeeded: 999, retried: 1, failed: 0 });
    expect(report.problems[0].message).toMatch(/The limit on cyclic invocation has been reached/);
    expect(rt().pendingJobs()).toHaveLength(1);
  });

  it('starts a new chain for each push made outside any invocation (a test, a script)', async () => {
    const queue = new Queue({ key: 'work' });
    for (let i = 0; i < 1001; i += 1) await queue.push({ body: {}, delayInSeconds: 60 });
    expect(rt().pendingJobs()).toHaveLength(1001);
  });
});
