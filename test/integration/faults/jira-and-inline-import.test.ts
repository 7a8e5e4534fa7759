import type { Backup, JobStatus } from '../../../src/contract';
import { createStore } from '../../../src/store';
import { DEMO_USERS } from '../../../local/demo';
import { epicsOf, seedPortfolio, useApp, type SeededPortfolio } from '../../support';
import { exportInPages, jobById, liveRecords, unwrap } from '../../support/backup-transfer';
import { marketInput, solutionInput } from '../store/fixtures';
import { expectConsistent, KINDS } from './sweep-support';

/**
 * Issue 9: a KVS fault at every storage request of `admin.import` (the one-call import runs the
 * import job's steps inside the call), and Jira faults (500, 429 with Retry-After, a timeout) at
 * every Jira request of contribution.link and of the full refresh job.
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

test('admin.import in one call: a fault at each request answers what it wrote, and a resume completes it', async () => {
  const backup: Backup = (await exportInPages(app)).backup;
  const withoutTime = ({ exportedAt: _e, ...rest }: Backup) => rest;
  const call = () => app.callAs('portfolioLead', 'settings', 'admin.import', { backup });
  const from = app.rt.faults.counts.kvs;
  expect((await call()).ok).toBe(true);
  const requests = app.rt.faults.counts.kvs - from;
  for (let nth = 1; nth <= requests; nth += 1) {
    // A minute between attempts, as between an admin's retries: each import queues dozens of job
    // steps, and Forge accepts 500 events a minute per installation.
    app.rt.clock.advance(60_000);
    await store.markets.create(marketInput(`Extra ${nth}`), LEAD);
    const before = liveRecords(app);
    app.rt.faults.inject({ target: 'kvs', nth, kind: KINDS[nth % KINDS.length], retryAfter: 0 });
    const result = await call();
    app.rt.faults.clear();
    if (!result.ok) {
      expect([nth, result.error.code]).toEqual([nth, 'UNAVAILABLE']);
      // "Nothing was changed" only when nothing live was; otherwise it says what was written.
      if (/nothing was changed/i.test(result.error.message)) expect(liveRecords(app)).toBe(before);
      else expect(result.error.message).toMatch(/Resume the import/);
      const status = unwrap(await app.callAs('portfolioLead', 'settings', 'admin.importStatus', {}));
      if (status?.job?.state === 'failed') {
        unwrap(await app.callAs('portfolioLead', 'settings', 'admin.importCommit', { importId: status.id }));
        await app.rt.deliverJobs({ fastForward: true });
      } else continue;
    }
    expect([nth, withoutTime((await exportInPages(app)).backup)]).toEqual([nth, withoutTime(backup)]);
    await expectConsistent(app);
  }
});

describe('Jira faults (500, 429 with Retry-After, a timeout)', () => {
  const JIRA_KINDS = ['server-error', 'rate-limit', 'timeout'] as const;

  test('on each Jira request of contribution.link: done after the 429 is waited out, else UNAVAILABLE with nothing written', async () => {
    const epic = epicsOf(app.rt, 'PLAT', { open: true })[2];
    const from = app.rt.jiraTraffic.length;
    const probe = await store.solutions.create(solutionInput([s.priorities.close.id], 'Probe'), LEAD);
    expect(
      (await lead('contribution.link', { solutionId: probe.id, issue: epic.key })) as object,
    ).toBeTruthy();
    const requests = app.rt.jiraTraffic.length - from;
    // Two reads; the epic's market-layer property is the job consumer's (below).
    expect(requests).toBe(2);
    await app.rt.deliverJobs({ fastForward: true });
    for (let nth = 1; nth <= requests; nth += 1)
      for (const kind of JIRA_KINDS) {
        const solution = await store.solutions.create(
          solutionInput([s.priorities.close.id], `J ${++n}`),
          LEAD,
        );
        const before = JSON.stringify(app.rt.kvs.dump());
        app.rt.faults.inject({ target: 'jira', nth, kind, retryAfter: 1 });
        const result = await app.callRaw('portfolioLead', 'portfolio', 'contribution.link', {
          solutionId: solution.id,
          issue: epic.key,
        });
        app.rt.faults.clear();
        if (kind === 'rate-limit') expect([nth, kind, result.ok]).toEqual([nth, kind, true]);
        else {
          expect([nth, kind, !result.ok && result.error.code]).toEqual([nth, kind, 'UNAVAILABLE']);
          expect(JSON.stringify(app.rt.kvs.dump())).toBe(before);
        }
        await expectConsistent(app);
      }
  });

  test("on the job's property write after a link: Forge delivers it again and the property is written", async () => {
    const epic = epicsOf(app.rt, 'PLAT', { open: true })[2];
    for (const kind of JIRA_KINDS) {
      const solution = await store.solutions.create(solutionInput([s.priorities.close.id], `W ${++n}`), LEAD);
      const linked = await app.callRaw('portfolioLead', 'portfolio', 'contribution.link', {
        solutionId: solution.id,
        issue: epic.key,
      });
      expect([kind, linked.ok]).toEqual([kind, true]);
      app.rt.faults.inject({ target: 'jira', nth: 1, kind, retryAfter: 1, path: /properties/ });
      const report = await app.rt.deliverJobs({ fastForward: true });
      // A 429 is waited out inside the delivery; a 500 or a timeout fails it once, and Forge retries.
      expect([kind, report.retried]).toEqual([kind, kind === 'rate-limit' ? 0 : 1]);
      app.rt.faults.clear();
      const layer = app.rt.jira.getIssue(epic.key)?.properties?.['market-layer'] as
        { solutionIds?: string[] } | undefined;
      expect([kind, layer?.solutionIds?.includes(solution.id)]).toEqual([kind, true]);
    }
  });

  test('on each Jira request of the full refresh: the job is retried and ends done with true snapshots', async () => {
    const from = app.rt.jiraTraffic.length;
    const first = await lead<JobStatus>('admin.refreshSnapshots', {}, 'settings');
    await app.rt.deliverJobs({ fastForward: true });
    expect((await jobById(app, first.id)).state).toBe('done');
    const requests = app.rt.jiraTraffic.length - from;
    expect(requests).toBeGreaterThan(2);
    for (let nth = 1; nth <= requests; nth += 1) {
      app.rt.jira.updateIssue(s.epics.bill.key, { summary: `Jira fault ${++n}` });
      const job = await lead<JobStatus>('admin.refreshSnapshots', {}, 'settings');
      app.rt.faults.inject({ target: 'jira', nth, kind: JIRA_KINDS[nth % 3], retryAfter: 1 });
      await app.rt.deliverJobs({ fastForward: true });
      app.rt.faults.clear();
      expect([nth, (await jobById(app, job.id)).state]).toEqual([nth, 'done']);
      expect((await store.contributions.get(s.contributions.bill.id))?.snapshot.summary).toBe(
        `Jira fault ${n}`,
      );
      await expectConsistent(app);
    }
  });
});
