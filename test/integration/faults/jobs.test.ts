import type { Backup, JobStatus, Solution } from '../../../src/contract';
import { createStore } from '../../../src/store';
import { DEMO_USERS } from '../../../local/demo';
import { epicsOf, seedPortfolio, useApp, type SeededPortfolio } from '../../support';
import { exportInPages, jobById, unwrap, upload } from '../../support/backup-transfer';
import { linkOf } from '../jobs/delete-support';
import { solutionInput } from '../store/fixtures';
import { expectConsistent, KINDS } from './sweep-support';

/**
 * Issue 9: a KVS fault (500, 429, timeout in turn) at every storage request of every kind of
 * background job (a cascading delete, the full refresh, the daily reconcile, the open-epic count,
 * the import) and of the calls that start them. A step that meets the fault is retried by Forge
 * (the events emulator does as Forge does), so every job ends done, with everything it had to do
 * done and the layer consistent; its status says so.
 */
jest.setTimeout(180_000);

const app = useApp();
const store = createStore({ now: () => new Date() });
const LEAD = DEMO_USERS.portfolioLead;
let s: SeededPortfolio;
let n = 0;

beforeEach(async () => {
  s = await seedPortfolio(app);
  expect((await app.callAs('portfolioLead', 'portfolio', 'portfolio.get', {})).ok).toBe(true);
  await app.rt.deliverJobs({ fastForward: true });
});

async function lead<T>(key: string, payload: unknown, module: 'portfolio' | 'settings' = 'portfolio') {
  const result = await app.callRaw('portfolioLead', module, key, payload);
  if (!result.ok) throw new Error(`${key}: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

const latestJob = async () => (await lead<JobStatus[]>('jobs.list', {}))[0];

interface JobCase {
  /** Starts the job (outside the faults) and answers its id. */
  start: () => Promise<string>;
  /** What the finished job must have done, beyond being done. */
  check: () => Promise<void>;
}

/**
 * A clean run counts the storage requests of the job's steps; then a fault at each of them in
 * turn. Answers how many requests were swept.
 */
async function sweepJob(c: JobCase): Promise<number> {
  const first = await c.start();
  const from = app.rt.faults.counts.kvs;
  await app.rt.deliverJobs({ fastForward: true });
  const requests = app.rt.faults.counts.kvs - from;
  const clean = await jobById(app, first);
  expect([clean.state, clean.message]).toEqual(['done', clean.message]);
  await c.check();
  for (let nth = 1; nth <= requests; nth += 1) {
    const id = await c.start();
    app.rt.faults.inject({ target: 'kvs', nth, kind: KINDS[nth % KINDS.length], retryAfter: 0 });
    await app.rt.deliverJobs({ fastForward: true });
    app.rt.faults.clear();
    const job = await jobById(app, id);
    expect([nth, job.state, job.done, job.message]).toEqual([
      nth,
      'done',
      job.total ?? job.done,
      job.message,
    ]);
    await c.check();
    await expectConsistent(app);
  }
  return requests;
}

/** A solution with more links than one transaction deletes: its delete is a background job. */
async function bigSolution(): Promise<Solution> {
  const solution = await store.solutions.create(solutionInput([s.priorities.close.id], `Big ${++n}`), LEAD);
  for (const epic of epicsOf(app.rt, 'ANLY').slice(0, 10))
    await store.contributions.link(linkOf(solution.id, epic, 'ANLY'), LEAD);
  return solution;
}

test('a cascading delete as a job: every step meets a fault at each request and still finishes', async () => {
  let target: Solution;
  const swept = await sweepJob({
    start: async () => {
      target = await bigSolution();
      const started = await lead<{ job: JobStatus }>('solution.delete', {
        id: target.id,
        version: target.version,
        cascade: true,
      });
      return started.job.id;
    },
    check: async () => {
      expect(await store.solutions.get(target.id)).toBeUndefined();
      expect(await store.contributions.listBySolution(target.id)).toEqual([]);
    },
  });
  expect(swept).toBeGreaterThan(5);
});

test('the full refresh: a fault at each request of its steps, and every snapshot is as Jira has it', async () => {
  const renamed = () => store.contributions.get(s.contributions.bill.id);
  const swept = await sweepJob({
    start: async () => {
      app.rt.jira.updateIssue(s.epics.bill.key, { summary: `Renamed ${++n}` });
      return (await lead<JobStatus>('admin.refreshSnapshots', {}, 'settings')).id;
    },
    check: async () => expect((await renamed())?.snapshot.summary).toBe(`Renamed ${n}`),
  });
  expect(swept).toBeGreaterThan(5);
});

test('the daily reconcile: a fault at each request of its steps, and the change it missed is caught', async () => {
  const swept = await sweepJob({
    start: async () => {
      app.rt.jira.updateIssue(s.epics.iam.key, { summary: `Changed ${++n}` });
      app.rt.clock.advance(60 * 60 * 1000);
      const started = (await app.rt.schedule('daily-reconcile')) as JobStatus | null;
      return started?.id ?? (await latestJob()).id;
    },
    check: async () =>
      expect((await store.contributions.get(s.contributions.iam.id))?.snapshot.summary).toBe(`Changed ${n}`),
  });
  expect(swept).toBeGreaterThan(3);
});

test('the open-epic count after the epic types change: a fault at each request, and the counts are taken', async () => {
  const swept = await sweepJob({
    start: async () => {
      const settings = await store.settings.get();
      const types = settings.epicIssueTypes.length === 1 ? ['Epic', 'Story'] : ['Epic'];
      await lead(
        'settings.update',
        { version: settings.version || null, changes: { epicIssueTypes: types } },
        'settings',
      );
      const job = await latestJob();
      expect(job.kind).toBe('count');
      return job.id;
    },
    check: async () => {
      const { shards } = await store.readModel.readWhole();
      const rows = [...shards.values()].flatMap((x) => Object.values(x.value.products));
      expect(rows.some((r) => r.openEpics !== null)).toBe(true);
    },
  });
  expect(swept).toBeGreaterThan(3);
});

test('the import job: a fault at each request of its steps, and the layer is exactly the backup', async () => {
  const backup: Backup = (await exportInPages(app)).backup;
  const withoutTime = ({ exportedAt: _e, ...rest }: Backup) => rest;
  const swept = await sweepJob({
    start: async () => {
      const { session } = await upload(app, backup);
      return unwrap(
        await app.callAs('portfolioLead', 'settings', 'admin.importCommit', { importId: session.id }),
      ).id;
    },
    check: async () => expect(withoutTime((await exportInPages(app)).backup)).toEqual(withoutTime(backup)),
  });
  expect(swept).toBeGreaterThan(10);
});
