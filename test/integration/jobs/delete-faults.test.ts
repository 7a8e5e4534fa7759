import type { JobStatus, Solution } from '../../../src/contract';
import { createStore } from '../../../src/store';
import { DEMO_USERS } from '../../../local/demo';
import { epicsOf, useApp } from '../../support';
import { beforeNextRequest, marketInput, priorityInput, solutionInput } from '../store/fixtures';
import {
  afterEveryTransaction,
  beforeTransactionTouching,
  jobIn,
  linkOf,
  orphans,
  refuseTransactionsTouching,
  stored,
} from './delete-support';

/**
 * Issue 8 and issue 9 (item 7): a background delete that meets storage faults leaves a consistent
 * layer and finishes on retry or when asked again; a link racing a cascade never leaves an orphan.
 */
jest.setTimeout(120_000);

const app = useApp();
const store = createStore({ now: () => new Date() });
const LEAD = DEMO_USERS.portfolioLead;

async function lead<T>(key: string, payload: unknown): Promise<T> {
  const result = await app.callRaw('portfolioLead', 'portfolio', key, payload);
  if (!result.ok) throw new Error(`${key}: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

async function solutionWithLinks(count: number): Promise<Solution> {
  const market = await store.markets.create(marketInput(), LEAD);
  const priority = await store.priorities.create(priorityInput(market.id), LEAD);
  const solution = await store.solutions.create(solutionInput([priority.id]), LEAD);
  const pool = ['BILL', 'IAM', 'ANLY'].flatMap((key) => epicsOf(app.rt, key).map((epic) => ({ epic, key })));
  for (const { epic, key } of pool.slice(0, count))
    await store.contributions.link(linkOf(solution.id, epic, key), LEAD);
  return solution;
}

function watchOrphans() {
  const problems: string[] = [];
  const stop = afterEveryTransaction(() => problems.push(...orphans(app.rt)));
  return { problems, stop };
}

test('faults midway: each step is retried, the layer is consistent after every transaction, the job finishes', async () => {
  const solution = await solutionWithLinks(40);
  const { job } = await lead<{ job: JobStatus }>('solution.delete', {
    id: solution.id,
    version: 1,
    cascade: true,
  });
  // A server error on the job's first transaction (the step is retried), then a timeout and a rate
  // limit later on (a step that already committed something ends early; the next goes on).
  app.rt.faults.inject({ target: 'kvs', nth: 1, kind: 'server-error', path: /transaction/ });
  app.rt.faults.inject({ target: 'kvs', nth: 5, kind: 'timeout', path: /transaction/ });
  app.rt.faults.inject({ target: 'kvs', nth: 9, kind: 'rate-limit', path: /transaction/ });
  const watch = watchOrphans();
  const report = await app.rt.deliverJobs({ fastForward: true }).finally(watch.stop);
  expect(watch.problems).toEqual([]);
  expect(report.retried).toBeGreaterThan(0);
  expect(jobIn(await lead<JobStatus[]>('jobs.list', {}), job.id)).toMatchObject({
    state: 'done',
    done: 41,
    total: 41,
  });
  expect([stored(app.rt).solutions.length, stored(app.rt).contributions.length]).toEqual([0, 0]);
});

test('a fault that outlasts the retries fails the job, keeps the rest marked, and deleting again finishes it', async () => {
  const solution = await solutionWithLinks(40);
  const { job } = await lead<{ job: JobStatus }>('solution.delete', {
    id: solution.id,
    version: 1,
    cascade: true,
  });
  let lift = () => {};
  let seen = 0;
  // After the job's first few transactions, storage refuses every write of a link.
  const watch = afterEveryTransaction(() => {
    seen += 1;
    if (seen === 3) lift = refuseTransactionsTouching('contribution');
  });
  const problems: string[] = [];
  const check = afterEveryTransaction(() => problems.push(...orphans(app.rt)));
  await app.rt.deliverJobs({ fastForward: true }).finally(() => {
    check();
    watch();
  });
  lift();
  expect(problems).toEqual([]);
  const failed = jobIn(await lead<JobStatus[]>('jobs.list', {}), job.id)!;
  expect(failed.state).toBe('failed');
  expect(failed.message).toMatch(/^Stopped after 5 attempts \(.+\)\. .*Delete it again to finish\.$/);
  const half = stored(app.rt);
  expect(half.solutions).toEqual([expect.objectContaining({ id: solution.id, deleting: job.id })]);
  expect(half.contributions.length).toBeGreaterThan(0);
  expect(half.contributions.length).toBeLessThan(40);
  expect(failed.done).toBe(40 - half.contributions.length);

  // Asked again (no cascade needed: it was confirmed when the delete started) resumes it.
  const resumed = await lead<{ job: JobStatus }>('solution.delete', {
    id: solution.id,
    version: half.solutions[0].version,
  });
  expect(resumed.job.id).not.toBe(job.id);
  expect(resumed.job.total).toBe(half.contributions.length + 1);
  await app.rt.deliverJobs({ fastForward: true });
  expect(jobIn(await lead<JobStatus[]>('jobs.list', {}), resumed.job.id)?.state).toBe('done');
  expect([stored(app.rt).solutions.length, stored(app.rt).contributions.length, orphans(app.rt)]).toEqual([
    0,
    0,
    [],
  ]);
});

test('a link racing a one-transaction delete fails it instead of leaving an orphan', async () => {
  const solution = await solutionWithLinks(2);
  const late = epicsOf(app.rt, 'PLAT')[0];
  // The link commits after the delete read the solution's links and before its one transaction.
  beforeNextRequest(/transaction/, () => store.contributions.link(linkOf(solution.id, late, 'PLAT'), LEAD));
  const result = await app.callRaw('portfolioLead', 'portfolio', 'solution.delete', {
    id: solution.id,
    version: 1,
    cascade: true,
  });
  expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(orphans(app.rt)).toEqual([]);
  expect(stored(app.rt).contributions).toHaveLength(3);
});

test('a link checked before a background delete marks the solution fails on its transaction', async () => {
  const solution = await solutionWithLinks(30);
  const late = epicsOf(app.rt, 'PLAT')[0];
  let started: JobStatus | undefined;
  // The link has read the solution (not yet marked); the delete marks it before the link commits.
  beforeTransactionTouching('contribution', async () => {
    started = (
      await lead<{ job: JobStatus }>('solution.delete', { id: solution.id, version: 1, cascade: true })
    ).job;
  });
  const link = await app.callRaw('portfolioLead', 'portfolio', 'contribution.link', {
    solutionId: solution.id,
    issue: late.key,
  });
  expect(started?.state).toBe('running');
  expect(link).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  // Refused by the transaction's condition on the solution's version, not by the guard's read.
  expect(!link.ok && link.error.message).not.toContain('is being deleted');
  await app.rt.deliverJobs({ fastForward: true });
  expect([stored(app.rt).solutions.length, stored(app.rt).contributions.length, orphans(app.rt)]).toEqual([
    0,
    0,
    [],
  ]);
});
