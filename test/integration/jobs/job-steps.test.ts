import type { JobStatus } from '../../../src/contract';
import { createStore } from '../../../src/store';
import { storedContributions } from '../events/events-support';
import { useSeeded } from '../resolvers/mutations/seed';

/**
 * How a background job's steps behave when Forge delivers them twice or they keep failing: a
 * step is safe to repeat, and a step that fails for good ends the job with a true message.
 */
const s = useSeeded();

const jobs = (): Promise<JobStatus[]> => s.lead('jobs.list', {});

test('a step delivered twice moves the job on once: the duplicate does nothing', async () => {
  const started = await s.lead('admin.refreshSnapshots', {});
  // The same step again, as Forge may deliver it after a retry it did not hear back from.
  await createStore({ now: () => new Date() }).jobs.enqueue({ jobId: started.id, step: 0 });

  const report = await s.app.rt.deliverJobs({ fastForward: true });

  const [job] = await jobs();
  expect(job).toMatchObject({ id: started.id, state: 'done', done: 1, total: 1 });
  expect(job.message).toMatch(/^1 linked epics refreshed · \d+ products counted$/);
  // Two link-step deliveries (one a duplicate), the properties (the links, then the epics that
  // carry one) and one project step; nothing failed.
  expect(report).toMatchObject({ delivered: 5, failed: 0, retried: 0 });
});

test('a step that keeps failing is retried, then the job says it stopped; nothing is half-done', async () => {
  const before = await storedContributions(s.app);
  for (let i = 0; i < 5; i++)
    s.app.rt.faults.inject({ target: 'jira', nth: 1, kind: 'server-error', path: /bulkfetch/ });
  const started = await s.lead('admin.refreshSnapshots', {});

  const report = await s.app.rt.deliverJobs({ fastForward: true });

  expect(report).toMatchObject({ delivered: 5, retried: 4, failed: 0 });
  const [job] = await jobs();
  expect(job).toMatchObject({ id: started.id, state: 'failed', done: 0 });
  // Why, and what state it leaves: nothing refreshed, the rest keeps its snapshots (never "nothing was changed").
  expect(job.message).toMatch(
    /^Stopped after 5 attempts \(.+\)\. 0 linked epics were refreshed before it stopped/,
  );
  expect(job.finishedAt).not.toBeNull();
  expect(await storedContributions(s.app)).toEqual(before);

  // A failed job no longer stands in the way: the next refresh starts afresh and finishes.
  const again = await s.lead('admin.refreshSnapshots', {});
  expect(again.id).not.toBe(started.id);
  await s.app.rt.deliverJobs({ fastForward: true });
  expect((await jobs())[0]).toMatchObject({ id: again.id, state: 'done' });
});

test('a job event that is not a job step is dropped, never retried', async () => {
  await createStore({ now: () => new Date() }).jobs.enqueue({ jobId: '', step: -1 });
  const report = await s.app.rt.deliverJobs({ fastForward: true });
  expect(report).toMatchObject({ delivered: 1, succeeded: 1, retried: 0 });
  expect(await jobs()).toEqual([]);
});

test('a job’s record is history: Forge deletes it a month after its last step', async () => {
  await s.lead('admin.refreshSnapshots', {});
  await s.app.rt.deliverJobs({ fastForward: true });
  s.app.rt.clock.advance(29 * 24 * 60 * 60 * 1000);
  expect(await jobs()).toHaveLength(1);
  s.app.rt.clock.advance(2 * 24 * 60 * 60 * 1000);
  expect(await jobs()).toEqual([]);
});
