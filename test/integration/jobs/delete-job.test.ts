import type { JobStatus, Market, Priority, Solution } from '../../../src/contract';
import { createStore } from '../../../src/store';
import { DEMO_USERS } from '../../../local/demo';
import { epicsOf, useApp } from '../../support';
import { marketInput, priorityInput, solutionInput } from '../store/fixtures';
import { afterEveryTransaction, jobIn, linkOf, orphans, stored } from './delete-support';

/**
 * Issue 8: "Cascading delete of a solution with 40 epics, and of a market with 100 solutions:
 * works, with progress, and nothing half-deleted if it fails midway." Both go past one KVS
 * transaction (25 operations), so they run as a background job, checked here after EVERY
 * transaction it commits: no reference to a record that is gone, ever.
 */
jest.setTimeout(120_000);

const app = useApp();
const store = createStore({ now: () => new Date() });
const LEAD = DEMO_USERS.portfolioLead;

async function call<T>(
  key: string,
  payload: unknown,
  user: 'portfolioLead' | 'engineeringLead' = 'portfolioLead',
) {
  return (await app.callRaw(user, 'portfolio', key, payload)) as
    | { ok: true; data: T }
    | { ok: false; error: { code: string; message: string; dependents?: unknown[]; cascade?: unknown } };
}
async function lead<T>(key: string, payload: unknown): Promise<T> {
  const result = await call<T>(key, payload);
  if (!result.ok) throw new Error(`${key}: ${JSON.stringify(result.error)}`);
  return result.data;
}

/** Delivers every queued job step, checking the stored layer after each transaction. */
async function deliverWatching(during?: (transaction: number) => Promise<unknown>) {
  const problems: string[] = [];
  const progress: number[] = [];
  let transactions = 0;
  const stop = afterEveryTransaction(async () => {
    transactions += 1;
    problems.push(...orphans(app.rt));
    const job = stored(app.rt).jobs.find((j) => j.kind === 'delete' && j.state === 'running');
    if (job && progress.at(-1) !== job.done) progress.push(job.done);
    await during?.(transactions);
  });
  try {
    const report = await app.rt.deliverJobs({ fastForward: true });
    return { report, problems, progress, transactions };
  } finally {
    stop();
  }
}

/** Epics of the demo site: BILL, IAM and ANLY are browsable by everyone, MOB not by Eli. */
const epics = (keys: string[]) => keys.flatMap((key) => epicsOf(app.rt, key).map((epic) => ({ epic, key })));

describe('a solution with 40 linked epics', () => {
  let solution: Solution;
  beforeEach(async () => {
    const market = await store.markets.create(marketInput(), LEAD);
    const priority = await store.priorities.create(priorityInput(market.id), LEAD);
    solution = await store.solutions.create(solutionInput([priority.id]), LEAD);
    const chosen = [...epics(['BILL', 'IAM']).slice(0, 30), ...epics(['MOB']).slice(0, 10)];
    for (const { epic, key } of chosen) await store.contributions.link(linkOf(solution.id, epic, key), LEAD);
    expect(stored(app.rt).contributions).toHaveLength(40);
  });

  test('the warning counts every link, naming only epics the caller may browse', async () => {
    await lead('settings.update', {
      version: null,
      changes: { extraEditorAccountIds: [DEMO_USERS.engineeringLead] },
    });
    const refused = await call('solution.delete', { id: solution.id, version: 1 }, 'engineeringLead');
    if (refused.ok) throw new Error('expected a refusal');
    expect(refused.error.code).toBe('CONFLICT');
    expect(refused.error.cascade).toEqual([
      { type: 'contribution', effect: 'delete', count: 40, names: expect.any(Array), hidden: 10 },
    ]);
    expect(refused.error.message).toContain('it also deletes 40 linked epics (');
    expect(refused.error.message).toContain('and 25 more; 10 in projects you cannot view)');
    expect(JSON.stringify(refused.error)).not.toMatch(/MOB-\d/);
    expect(refused.error.dependents!.length).toBeLessThanOrEqual(25);
  });

  test('is deleted in the background with progress, refusing links and edits meanwhile', async () => {
    const started = await lead<{ deleted: unknown[]; job: JobStatus }>('solution.delete', {
      id: solution.id,
      version: 1,
      cascade: true,
    });
    expect(started.deleted).toEqual([]);
    expect(started.job).toMatchObject({
      kind: 'delete',
      state: 'running',
      done: 0,
      total: 41,
      unit: 'records',
    });
    expect(started.job.label).toBe('Deleting solution “Predictive maintenance”');
    // Marked in the same transaction as the job: no link and no edit gets in any more.
    const marked = stored(app.rt).solutions[0];
    expect(marked).toMatchObject({ deleting: started.job.id, version: 2 });
    const link = await call('contribution.link', {
      solutionId: solution.id,
      issue: epicsOf(app.rt, 'PLAT')[0].key,
    });
    expect(link).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!link.ok && link.error.message).toContain('is being deleted');
    const edit = await call('solution.update', { id: solution.id, version: 2, changes: { name: 'Renamed' } });
    expect(edit).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // Asked again while it runs: the same job, not a second one.
    const again = await lead<{ job: JobStatus }>('solution.delete', { id: solution.id, version: 2 });
    expect(again.job.id).toBe(started.job.id);

    const { report, problems, progress } = await deliverWatching();
    expect(problems).toEqual([]);
    expect(report.failed).toBe(0);
    expect(report.delivered).toBeGreaterThan(1);
    // Progress moves in steps the pages can show: some records done, then more, then all.
    expect(progress.some((done) => done > 0 && done < 41)).toBe(true);
    const job = jobIn(await lead<JobStatus[]>('jobs.list', {}), started.job.id);
    expect(job).toMatchObject({ state: 'done', done: 41, total: 41, message: '41 records deleted' });
    const after = stored(app.rt);
    expect([after.solutions.length, after.contributions.length]).toEqual([0, 0]);
    const landing = await lead<{ solutions: unknown[] }>('portfolio.get', {});
    expect(JSON.stringify(landing)).not.toContain(solution.id);
  });
});

describe('a market with 100 solutions', () => {
  let market: Market;
  let priorities: Priority[];
  let kept: Solution;
  beforeEach(async () => {
    market = await store.markets.create(marketInput('Mid-size manufacturers'), LEAD);
    priorities = [];
    for (let i = 0; i < 4; i += 1)
      priorities.push(await store.priorities.create(priorityInput(market.id, `Priority ${i}`), LEAD));
    const other = await store.markets.create(marketInput('Utilities'), LEAD);
    const stays = await store.priorities.create(priorityInput(other.id, 'Meet grid regulation'), LEAD);
    const pool = epics(['BILL', 'IAM', 'ANLY']);
    for (let i = 0; i < 100; i += 1) {
      const s = await store.solutions.create(
        solutionInput([priorities[i % 4].id], `Solution ${String(i).padStart(3, '0')}`),
        LEAD,
      );
      const { epic, key } = pool[i % pool.length];
      await store.contributions.link(linkOf(s.id, epic, key), LEAD);
    }
    kept = await store.solutions.create(
      solutionInput([priorities[0].id, stays.id], 'Kept across markets'),
      LEAD,
    );
    await store.contributions.link(linkOf(kept.id, pool[0].epic, pool[0].key), LEAD);
  });

  test('the warning says everything the cascade deletes, and what only loses a priority', async () => {
    const refused = await call('market.delete', { id: market.id, version: 1 });
    if (refused.ok) throw new Error('expected a refusal');
    expect(refused.error.cascade).toEqual([
      { type: 'priority', effect: 'delete', count: 4, names: priorities.map((p) => p.title), hidden: 0 },
      {
        type: 'solution',
        effect: 'delete',
        count: 100,
        names: ['Solution 000', 'Solution 001', 'Solution 002', 'Solution 003', 'Solution 004'],
        hidden: 0,
      },
      { type: 'contribution', effect: 'delete', count: 100, names: [], hidden: 0 },
      { type: 'solution', effect: 'update', count: 1, names: ['Kept across markets'], hidden: 0 },
    ]);
    expect(refused.error.message).toContain(
      'it also deletes 4 business priorities (“Priority 0”, “Priority 1”, “Priority 2”, “Priority 3”), ' +
        '100 solutions (“Solution 000”, “Solution 001”, “Solution 002”, “Solution 003”, “Solution 004” and 95 more) ' +
        'and 100 linked epics; 1 solution (“Kept across markets”) stays but no longer addresses it',
    );
  });

  test('is deleted completely, leaf first, while new references are refused between steps', async () => {
    const started = await lead<{ job: JobStatus }>('market.delete', {
      id: market.id,
      version: 1,
      cascade: true,
    });
    expect(started.job).toMatchObject({ state: 'running', total: 1 + 4 + 100 + 100 + 1 });
    const refusals: string[] = [];
    const pool = epicsOf(app.rt, 'PLAT');
    const { problems, progress, report } = await deliverWatching(async (n) => {
      if (n % 7 !== 0) return;
      // Between two of the job's transactions, someone tries to hang new work under the market.
      const { solutions } = stored(app.rt);
      const doomed = solutions.find((s) => s.id !== kept.id);
      const attempts = [
        call('priority.create', { ...priorityInput(market.id, `Late ${n}`), evidence: undefined }),
        call('solution.create', {
          ...solutionInput([priorities[1].id], `Late ${n}`),
          ownerAccountId: undefined,
        }),
        doomed && call('contribution.link', { solutionId: doomed.id, issue: pool[n % pool.length].key }),
      ];
      for (const result of await Promise.all(attempts))
        if (result && !result.ok) refusals.push(result.error.code);
    });
    expect(problems).toEqual([]);
    expect(report.failed).toBe(0);
    expect(refusals.length).toBeGreaterThan(10);
    expect(progress.length).toBeGreaterThan(3);

    const after = stored(app.rt);
    expect(after.markets.map((m) => m.name)).toEqual(['Utilities']);
    expect(after.priorities.map((p) => p.title)).toEqual(['Meet grid regulation']);
    expect(after.solutions.map((s) => [s.name, s.priorityIds.length])).toEqual([['Kept across markets', 1]]);
    expect(after.contributions.map((c) => c.solutionId)).toEqual([kept.id]);
    const job = jobIn(await lead<JobStatus[]>('jobs.list', {}), started.job.id);
    expect(job?.state).toBe('done');
    expect(job?.done).toBe(job?.total);
    expect(job?.message).toMatch(/^\d+ records deleted · 1 solution kept without the deleted priorities$/);
  });
});
