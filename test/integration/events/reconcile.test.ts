import { createStore } from '../../../src/store';
import { STATUSES } from '../../../local/demo';
import { epicsOf } from '../../support/site';
import { storedAudit, useSeeded } from '../resolvers/mutations/seed';
import {
  childrenOf,
  epicsWithOpenChildren,
  jobsSeen,
  liveSnapshot,
  reconcileToEnd,
  storedContributions,
} from './events-support';

const s = useSeeded();

/** Twelve linked epics across four products, then Jira changes whose events never arrive. */
async function linkMany() {
  const epics = ['BILL', 'IAM', 'INT', 'PLAT'].flatMap((key) =>
    epicsWithOpenChildren(s.app, key).slice(0, 3),
  );
  for (const epic of epics.filter((e) => e.id !== s.contribution.epicId)) {
    await s.lead('contribution.link', { solutionId: s.solution.id, issue: epic.key });
  }
  // The links' issue properties (the job consumer's) are written before the reconcile is counted.
  await s.app.rt.deliverJobs({ fastForward: true });
  return epics;
}

describe('the daily reconcile', () => {
  test('catches up with every change it missed: edits, child progress, deleted and moved epics', async () => {
    const [edited, progressed, deleted, moved] = await linkMany();
    s.app.rt.jira.updateIssue(edited.key, { summary: 'Renamed without an event' });
    const child = childrenOf(s.app, progressed.id).find((c) => c.statusId !== STATUSES.done.id)!;
    s.app.rt.jira.updateIssue(child.key, { statusId: STATUSES.done.id });
    s.app.rt.jira.deleteIssue(deleted.key);
    const movedNow = s.app.rt.jira.updateIssue(moved.key, { projectKey: 'ANLY' });
    const linked = await storedContributions(s.app);
    const linkedBefore = linked.length;
    const deletedLink = linked.find((c) => c.epicId === deleted.id)!;

    const job = await reconcileToEnd(s.app);

    const stored = await storedContributions(s.app);
    expect(job).toMatchObject({ kind: 'refresh', state: 'done', startedBy: null });
    expect(job!.message).toBe(
      `${linkedBefore - 1} linked epics refreshed · 1 links to deleted epics removed · ${s.app.rt.site.projects.length} products counted`,
    );
    expect(stored).toHaveLength(linkedBefore - 1);
    for (const c of stored) expect(c.snapshot).toEqual(liveSnapshot(s.app, c.epicId, c.snapshot.refreshedAt));
    expect(stored.find((c) => c.epicId === moved.id)).toMatchObject({
      epicKey: movedNow.key,
      projectKey: 'ANLY',
    });
    expect(storedAudit(s.app, 'contribution', deletedLink.id).at(-1)).toMatchObject({
      action: 'epic-deleted',
      accountId: null,
    });
    const movedId = stored.find((c) => c.epicId === moved.id)!.id;
    expect(storedAudit(s.app, 'contribution', movedId).at(-1)).toMatchObject({
      action: 'snapshot',
      accountId: null,
    });
  });

  test('asks Jira in bulk as the app: a handful of requests for a dozen epics, no permission checks', async () => {
    await linkMany();
    s.app.rt.jiraTraffic.length = 0;
    await reconcileToEnd(s.app);
    const paths = s.app.rt.jiraTraffic.map((t) => t.request.path.split('?')[0]);
    const counting = (p: string) => p.endsWith('/project/search') || p.endsWith('/approximate-count');
    // The first run is a full refresh, which also rewrites the epics' market-layer property: one
    // bulk write for the dozen, one search for epics that carry it without a link (issue 11).
    const layer = (p: string) => p.endsWith('/properties/multi');
    expect(paths.filter(layer)).toHaveLength(1);
    const reads = paths.filter((p) => !counting(p) && !layer(p));
    expect(reads.filter((p) => p.endsWith('/search/jql')).length).toBeGreaterThanOrEqual(1);
    expect(reads.length).toBeLessThanOrEqual(4);
    expect(paths.filter((p) => p.includes('bulkfetch'))).toHaveLength(1);
    expect(paths.filter((p) => p.includes('permissions'))).toHaveLength(0);
    // Balance's open-epic counts: one project listing and one count per project of the demo site.
    expect(paths.filter(counting)).toHaveLength(1 + s.app.rt.site.projects.length);
  });

  test('a Jira outage during the reconcile unlinks nothing; the step is retried and then finishes', async () => {
    const epics = await linkMany();
    const gone = epics.find((e) => e.projectId === epicsOf(s.app.rt, 'BILL')[0].projectId)!;
    s.app.rt.jira.deleteIssue(gone.key);
    const before = await storedContributions(s.app);
    s.app.rt.faults.inject({ target: 'jira', nth: 1, kind: 'server-error', path: /bulkfetch/ });

    await s.app.rt.schedule('daily-reconcile');
    const report = await s.app.rt.deliverJobs();
    expect(report).toMatchObject({ delivered: 1, retried: 1 });
    expect(await storedContributions(s.app)).toEqual(before);
    const [retrying] = await jobsSeen(s.app);
    expect(retrying).toMatchObject({ state: 'running', done: 0 });
    expect(retrying.message).toMatch(/^Trying again shortly \(attempt 1 failed\): /);

    await s.app.rt.deliverJobs({ fastForward: true });
    const [finished] = await jobsSeen(s.app);
    expect(finished).toMatchObject({ state: 'done', done: before.length });
    expect((await storedContributions(s.app)).map((c) => c.epicId)).not.toContain(gone.id);
  });

  test('with nothing linked it reads no issue, only counts each project’s open epics', async () => {
    await s.lead('contribution.unlink', { id: s.contribution.id, version: 1 });
    await s.app.rt.deliverJobs({ fastForward: true });
    s.app.rt.jiraTraffic.length = 0;
    expect((await reconcileToEnd(s.app))!.message).toMatch(
      /^0 linked epics refreshed · \d+ products counted$/,
    );
    const paths = s.app.rt.jiraTraffic.map((t) => t.request.path.split('?')[0]);
    // And one search for epics still carrying a market-layer property (none here).
    expect(new Set(paths)).toEqual(
      new Set([
        '/rest/api/3/project/search',
        '/rest/api/3/search/approximate-count',
        '/rest/api/3/search/jql',
      ]),
    );
    expect(paths.filter((p) => p.endsWith('/search/jql'))).toHaveLength(1);
  });
});

describe('the daily reconcile after its first run', () => {
  test('reads only what Jira changed since: one search, then just the changed linked epics', async () => {
    const [edited, progressed] = await linkMany();
    await reconcileToEnd(s.app); // the first run refreshes everything and starts the cursor
    s.app.rt.jira.updateIssue(edited.key, { summary: 'Renamed without an event' });
    const child = childrenOf(s.app, progressed.id).find((c) => c.statusId !== STATUSES.done.id)!;
    s.app.rt.jira.updateIssue(child.key, { statusId: STATUSES.done.id });
    s.app.rt.jira.updateIssue(epicsOf(s.app.rt, 'ANLY')[0].key, { summary: 'Nobody linked this' });
    s.app.rt.jiraTraffic.length = 0;

    expect(await reconcileToEnd(s.app)).toMatchObject({
      kind: 'reconcile',
      state: 'done',
      done: 2,
      total: 2,
      message: '2 linked epics refreshed · 2 products counted',
    });

    const stored = await storedContributions(s.app);
    for (const epic of [edited, progressed]) {
      const c = stored.find((x) => x.epicId === epic.id)!;
      expect(c.snapshot).toEqual(liveSnapshot(s.app, epic.id, c.snapshot.refreshedAt));
    }
    const requests = s.app.rt.jiraTraffic.map((t) => t.request);
    const counting = (p: string) =>
      p.startsWith('/rest/api/3/project/search') || p.endsWith('/approximate-count');
    const [search, ...rest] = requests.filter((r) => !counting(r.path));
    expect(search.path).toBe('/rest/api/3/search/jql');
    expect((search.body as { jql: string }).jql).toMatch(/^updated >= "\d{4}-\d\d-\d\d \d\d:\d\d"$/);
    const fetched = rest.filter((r) => r.path === '/rest/api/3/issue/bulkfetch');
    expect(fetched.flatMap((r) => (r.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys).sort()).toEqual(
      [edited.id, progressed.id].sort(),
    );
    // Open-epic counts only where an epic itself changed (the edited linked epic's and the ANLY epic's projects).
    const counted = requests.filter((r) => r.path.endsWith('/approximate-count'));
    const projectIdsOf = (key: string) => s.app.rt.site.projects.find((p) => p.key === key)!.id;
    expect(
      counted.map((r) => (r.body as { jql: string }).jql.match(/project in \("(\d+)"\)/)![1]).sort(),
    ).toEqual([edited.projectId, projectIdsOf('ANLY')].sort());
    expect(requests.some((r) => r.path.startsWith('/rest/api/3/project/search'))).toBe(false);
  });

  test('a week after its last run it refreshes every link again', async () => {
    const linked = (await linkMany()).length;
    await reconcileToEnd(s.app);
    const weekAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000).toISOString();
    await createStore({ now: () => new Date() }).reconcileCursor.set(weekAgo);
    const job = await reconcileToEnd(s.app);
    expect(job).toMatchObject({ kind: 'refresh', state: 'done', done: linked });
    expect(job!.message).toMatch(new RegExp(`^${linked} linked epics refreshed · \\d+ products counted$`));
  });
});
