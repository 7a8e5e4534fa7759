import { createStore } from '../../../src/store';
import { STATUSES } from '../../../local/demo';
import { epicsOf } from '../../support/site';
import { storedAudit, useSeeded } from '../resolvers/mutations/seed';
import { childrenOf, epicsWithOpenChildren, liveSnapshot, storedContributions } from './events-support';

const s = useSeeded();

/** Twelve linked epics across four products, then Jira changes whose events never arrive. */
async function linkMany() {
  const epics = ['BILL', 'IAM', 'INT', 'PLAT'].flatMap((key) =>
    epicsWithOpenChildren(s.app, key).slice(0, 3),
  );
  for (const epic of epics.filter((e) => e.id !== s.contribution.epicId)) {
    await s.lead('contribution.link', { solutionId: s.solution.id, issue: epic.key });
  }
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

    const outcome = await s.app.rt.schedule('daily-reconcile');

    const stored = await storedContributions(s.app);
    expect(outcome).toEqual({ refreshed: linkedBefore - 1, removed: 1, skipped: 0 });
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
    await s.app.rt.schedule('daily-reconcile');
    const paths = s.app.rt.jiraTraffic.map((t) => t.request.path.split('?')[0]);
    const counting = (p: string) => p.endsWith('/project/search') || p.endsWith('/approximate-count');
    expect(paths.filter((p) => !counting(p)).length).toBeLessThanOrEqual(3);
    expect(paths.filter((p) => p.includes('bulkfetch'))).toHaveLength(1);
    expect(paths.filter((p) => p.includes('permissions'))).toHaveLength(0);
    // Balance's open-epic counts: one project listing and one count per project of the demo site.
    expect(paths.filter(counting)).toHaveLength(1 + s.app.rt.site.projects.length);
  });

  test('a Jira outage during the reconcile unlinks nothing and leaves storage as it was', async () => {
    await linkMany();
    s.app.rt.jira.deleteIssue(epicsOf(s.app.rt, 'BILL')[0].key);
    const before = s.app.rt.kvs.dump();
    s.app.rt.faults.inject({ target: 'jira', nth: 1, kind: 'server-error', path: /bulkfetch/ });
    await expect(s.app.rt.schedule('daily-reconcile')).rejects.toThrow();
    expect(s.app.rt.kvs.dump()).toEqual(before);
  });

  test('with nothing linked it reads no issue, only counts each project’s open epics', async () => {
    await s.lead('contribution.unlink', { id: s.contribution.id, version: 1 });
    s.app.rt.jiraTraffic.length = 0;
    expect(await s.app.rt.schedule('daily-reconcile')).toEqual({ refreshed: 0, removed: 0, skipped: 0 });
    const paths = s.app.rt.jiraTraffic.map((t) => t.request.path.split('?')[0]);
    expect(new Set(paths)).toEqual(
      new Set(['/rest/api/3/project/search', '/rest/api/3/search/approximate-count']),
    );
  });
});

describe('the daily reconcile after its first run', () => {
  test('reads only what Jira changed since: one search, then just the changed linked epics', async () => {
    const [edited, progressed] = await linkMany();
    await s.app.rt.schedule('daily-reconcile'); // the first run refreshes everything and starts the cursor
    s.app.rt.jira.updateIssue(edited.key, { summary: 'Renamed without an event' });
    const child = childrenOf(s.app, progressed.id).find((c) => c.statusId !== STATUSES.done.id)!;
    s.app.rt.jira.updateIssue(child.key, { statusId: STATUSES.done.id });
    s.app.rt.jira.updateIssue(epicsOf(s.app.rt, 'ANLY')[0].key, { summary: 'Nobody linked this' });
    s.app.rt.jiraTraffic.length = 0;

    expect(await s.app.rt.schedule('daily-reconcile')).toEqual({ refreshed: 2, removed: 0, skipped: 0 });

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
    await s.app.rt.schedule('daily-reconcile');
    const weekAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000).toISOString();
    await createStore({ now: () => new Date() }).reconcileCursor.set(weekAgo);
    const outcome = await s.app.rt.schedule('daily-reconcile');
    expect(outcome).toMatchObject({ refreshed: linked, removed: 0 });
  });
});
