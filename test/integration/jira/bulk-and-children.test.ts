import { DEMO_FIELDS, DEMO_SECURED_EPIC_SUMMARY, generateSite } from '../../../local/demo';
import type { SiteIssue } from '../../../local/jira/site';
import { jiraHarness, type JiraHarness } from './harness';
import { siteFacts } from './site-facts';

describe('bulkFetch and snapshotsFor on the demo site', () => {
  let h: JiraHarness;
  beforeAll(() => {
    h = jiraHarness();
  });
  afterAll(() => h.rt.close());
  const facts = () => siteFacts(h.rt.site);
  const secured = () => facts().epics.find((e) => e.summary === DEMO_SECURED_EPIC_SUMMARY)!;

  it('returns the issues a user may see and names the rest as missing', async () => {
    const mobileEpic = facts().epics.find((e) => e.projectId === facts().project('MOB').id)!;
    const visible = facts().epics.find((e) => e.projectId === facts().project('BILL').id)!;
    const asked = [visible.id, mobileEpic.id, secured().id, '999999', visible.key];
    const result = await h.as('engineeringLead', (j) => j.bulkFetch(asked, 'user'));
    expect(result.issues.map((i) => i.key)).toEqual([visible.key]);
    expect(result.missing.sort()).toEqual([mobileEpic.id, secured().id, '999999'].sort());
    expect(result.failed).toEqual([]);
  });

  it('counts children per epic exactly as the site holds them', async () => {
    const epicIds = facts().epics.map((e) => e.id);
    const { epics, missing } = await h.as(undefined, (j) => j.snapshotsFor(epicIds, 'app'));
    expect(missing).toEqual([]);
    for (const id of epicIds) expect(epics.get(id)?.snapshot.children).toEqual(facts().childCounts(id));
    // The demo has epics without children: they still get counts, with zeros.
    expect([...epics.values()].some((e) => e.snapshot.children.total === 0)).toBe(true);
  });

  it('builds snapshots as the app, including epics no single user may see', async () => {
    const epic = secured();
    const { epics, missing } = await h.as(undefined, (j) => j.snapshotsFor([epic.id], 'app'));
    expect(missing).toEqual([]);
    expect(epics.get(epic.id)).toEqual({
      epicId: epic.id,
      epicKey: epic.key,
      projectId: epic.projectId,
      projectKey: 'PLAT',
      snapshot: {
        summary: epic.summary,
        statusName: 'In Progress',
        statusCategory: 'indeterminate',
        dueDate: epic.duedate,
        children: { total: 2, done: 1, inProgress: 0 },
        // No estimate field asked for: none is read.
        estimate: null,
        refreshedAt: '2026-03-02T10:00:00.000Z',
      },
    });
  });

  it('with the estimate field: the epic’s own value, else its open children’s summed, in the same requests', async () => {
    const field = DEMO_FIELDS.storyPoints.id;
    const site = h.rt.jira.snapshot();
    const pointsOf = (i: SiteIssue) => i.customFields?.[field] ?? null;
    const open = (i: SiteIssue) => site.statuses.find((st) => st.id === i.statusId)!.categoryKey !== 'done';
    const expected = (epic: SiteIssue) => {
      const children = site.issues.filter((i) => i.parentId === epic.id && open(i) && pointsOf(i) !== null);
      return pointsOf(epic) ?? (children.length ? children.reduce((n, c) => n + pointsOf(c)!, 0) : null);
    };
    const epicIds = facts().epics.map((e) => e.id);
    h.resetTraffic();
    const plain = await h.as(undefined, (j) => j.snapshotsFor(epicIds, 'app'));
    const without = h.traffic();
    h.resetTraffic();
    const { epics } = await h.as(undefined, (j) => j.snapshotsFor(epicIds, 'app', field));
    expect(h.traffic()).toEqual(without);
    const byId = new Map(site.issues.map((i) => [i.id, i]));
    const estimates = epicIds.map((id) => [id, epics.get(id)!.snapshot.estimate]);
    expect(estimates).toEqual(epicIds.map((id) => [id, expected(byId.get(id)!)]));
    // The demo has all three kinds: an epic's own value, a sum of children, and none.
    const own = epicIds.filter((id) => pointsOf(byId.get(id)!) !== null);
    expect(own.length).toBeGreaterThan(0);
    expect(estimates.some(([id, e]) => e !== null && !own.includes(id as string))).toBe(true);
    expect(estimates.some(([, e]) => e === null)).toBe(true);
    // Everything else in the snapshot is what it was without the field.
    for (const id of epicIds)
      expect({ ...epics.get(id)!.snapshot, estimate: null }).toEqual(plain.epics.get(id)!.snapshot);
  });

  it('leaves out of a user snapshot what the user cannot see', async () => {
    const { epics, missing } = await h.as('viewer', (j) => j.snapshotsFor([secured().id], 'user'));
    expect(epics.size).toBe(0);
    expect(missing).toEqual([secured().id]);
  });
});

describe('request counts on a generated site: O(N/100), never one call per epic', () => {
  // 5 projects × 70 epics = 350 epics with 1 child each (350 children).
  let h: JiraHarness;
  let epicIds: string[];
  beforeAll(() => {
    h = jiraHarness({ site: generateSite({ projects: 5, epicsPerProject: 70, childrenPerEpic: 1 }) });
    epicIds = siteFacts(h.rt.site).epics.map((e) => e.id);
  });
  afterAll(() => h.rt.close());

  it('bulk-fetches 350 epics in 4 requests of at most 100', async () => {
    h.resetTraffic();
    const { issues, missing } = await h.as(undefined, (j) => j.bulkFetch(epicIds, 'app'));
    expect(issues).toHaveLength(350);
    expect(missing).toEqual([]);
    expect(h.traffic()).toEqual(Array(4).fill('POST /rest/api/3/issue/bulkfetch'));
    const sizes = h.rt.jiraTraffic.map(
      (t) => (t.request.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys.length,
    );
    expect(sizes.sort((a, b) => b - a)).toEqual([100, 100, 100, 50]);
  });

  it('asks for the children of 100 epics per query, with status and parent only', async () => {
    h.resetTraffic();
    const { epics } = await h.as(undefined, (j) => j.snapshotsFor(epicIds, 'app'));
    expect([...epics.values()].every((e) => e.snapshot.children.total === 1)).toBe(true);
    const bodies = h.rt.jiraTraffic
      .filter((t) => t.request.path.startsWith('/rest/api/3/search/jql'))
      .map((t) => t.request.body as { jql: string; fields: string[] });
    expect(bodies).toHaveLength(4);
    const parentsPerQuery = bodies.map((b) => b.jql.match(/\d+/g)!.length).sort((a, b) => b - a);
    expect(parentsPerQuery).toEqual([100, 100, 100, 50]);
    expect(bodies.every((b) => b.fields.join() === 'status,parent')).toBe(true);
  });

  it('refreshes N snapshots in about 2·N/100 requests, for N = 35 and N = 350', async () => {
    const countFor = async (ids: string[]) => {
      h.resetTraffic();
      const { epics } = await h.as(undefined, (j) => j.snapshotsFor(ids, 'app'));
      expect(epics.size).toBe(ids.length);
      return h.traffic().length;
    };
    expect(await countFor(epicIds.slice(0, 35))).toBe(2);
    expect(await countFor(epicIds)).toBe(8);
  });
});

describe('child progress paging when one chunk of epics has many children', () => {
  // 100 epics × 3 children = 300 children in one parent chunk: three pages of 100.
  let h: JiraHarness;
  beforeAll(() => {
    h = jiraHarness({ site: generateSite({ projects: 2, epicsPerProject: 50, childrenPerEpic: 3 }) });
  });
  afterAll(() => h.rt.close());

  it('follows the pages and still counts every child', async () => {
    const facts = siteFacts(h.rt.site);
    h.resetTraffic();
    const { epics } = await h.as('portfolioLead', (j) =>
      j.snapshotsFor(
        facts.epics.map((e) => e.id),
        'user',
      ),
    );
    // One bulk fetch for the 100 epics, then the children's pages.
    expect(h.traffic()).toEqual([
      'POST /rest/api/3/issue/bulkfetch',
      ...Array(3).fill('POST /rest/api/3/search/jql'),
    ]);
    for (const epic of facts.epics)
      expect(epics.get(epic.id)?.snapshot.children).toEqual(facts.childCounts(epic.id));
  });
});
