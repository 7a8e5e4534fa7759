import { DEMO_SECURED_EPIC_SUMMARY, generateSite } from '../../../local/demo';
import { jiraHarness, type JiraHarness } from './harness';
import { siteFacts } from './site-facts';

describe('searchEpics on the demo site', () => {
  let h: JiraHarness;
  beforeAll(() => {
    h = jiraHarness();
  });
  afterAll(() => h.rt.close());
  const facts = () => siteFacts(h.rt.site);

  it('finds every epic the portfolio lead may see, including the secured one, in key order', async () => {
    const { issues, truncated } = await h.as('portfolioLead', (j) =>
      j.searchEpics({ issueTypes: ['Epic'] }, 'user'),
    );
    expect(truncated).toBe(false);
    expect(issues).toHaveLength(facts().epics.length);
    expect(issues.map((i) => i.summary)).toContain(DEMO_SECURED_EPIC_SUMMARY);
    const keys = issues.map((i) => i.key);
    expect(keys[0]).toBe('ANLY-1');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('never shows the engineering lead the Mobile project or the secured epic', async () => {
    const { issues } = await h.as('engineeringLead', (j) => j.searchEpics({ issueTypes: ['Epic'] }, 'user'));
    const mobile = facts().project('MOB');
    const expected = facts().epics.filter(
      (e) => e.projectId !== mobile.id && e.summary !== DEMO_SECURED_EPIC_SUMMARY,
    );
    expect(issues.map((i) => i.id).sort()).toEqual(expected.map((e) => e.id).sort());
    expect(issues.some((i) => i.projectKey === 'MOB')).toBe(false);
  });

  it('shows the product manager Mobile epics but not the secured epic', async () => {
    const { issues } = await h.as('productManager', (j) => j.searchEpics({ issueTypes: ['Epic'] }, 'user'));
    expect(issues.some((i) => i.projectKey === 'MOB')).toBe(true);
    expect(issues.map((i) => i.summary)).not.toContain(DEMO_SECURED_EPIC_SUMMARY);
  });

  it('filters by project and leaves out done epics when asked', async () => {
    const bill = facts().project('BILL');
    const { issues } = await h.as('viewer', (j) =>
      j.searchEpics({ issueTypes: ['Epic'], projectIds: [bill.id], excludeDone: true }, 'user'),
    );
    const expected = facts().epics.filter((e) => e.projectId === bill.id && facts().isOpen(e));
    expect(issues.map((i) => i.key).sort()).toEqual(expected.map((e) => e.key).sort());
    expect(issues.every((i) => i.statusCategory !== 'done' && i.projectKey === 'BILL')).toBe(true);
  });

  it('maps the fields a snapshot needs', async () => {
    const withDue = facts().epics.find((e) => e.duedate && e.summary !== DEMO_SECURED_EPIC_SUMMARY)!;
    const { issues } = await h.as('viewer', (j) =>
      j.searchEpics({ issueTypes: ['Epic'], projectIds: [withDue.projectId] }, 'user'),
    );
    const found = issues.find((i) => i.id === withDue.id)!;
    expect(found).toMatchObject({
      key: withDue.key,
      summary: withDue.summary,
      dueDate: withDue.duedate,
      projectId: withDue.projectId,
      projectKey: facts().projectKey(withDue),
      issueTypeName: 'Epic',
    });
  });

  it('treats search text as words, whatever quotes, backslashes and operators surround them', async () => {
    const target = facts().epics.find((e) => e.summary !== DEMO_SECURED_EPIC_SUMMARY)!;
    const [first, second] = target.summary.split(' ');
    const text = `"${first}" \\ (${second}*) ~!`;
    const { issues } = await h.as('viewer', (j) => j.searchEpics({ issueTypes: ['Epic'], text }, 'user'));
    expect(issues.map((i) => i.id)).toContain(target.id);
    const words = [first, second].map((w) => w.toLowerCase());
    expect(issues.every((i) => words.every((w) => i.summary.toLowerCase().includes(w)))).toBe(true);
  });

  it('cannot be widened by JQL typed into the search text', async () => {
    const text = 'zzz" OR project = "MOB';
    const { issues } = await h.as('viewer', (j) => j.searchEpics({ issueTypes: ['Epic'], text }, 'user'));
    expect(issues).toEqual([]);
    expect(h.logs).toEqual([]);
  });

  it('asks Jira nothing when no issue type or no project is given', async () => {
    h.resetTraffic();
    const none = await h.as('viewer', (j) => j.searchEpics({ issueTypes: [] }, 'user'));
    const noProjects = await h.as('viewer', (j) =>
      j.searchEpics({ issueTypes: ['Epic'], projectIds: [] }, 'user'),
    );
    expect([none.issues, noProjects.issues]).toEqual([[], []]);
    expect(h.traffic()).toEqual([]);
  });

  it('finds one issue by key and reports a hidden one as not found', async () => {
    const secured = facts().epics.find((e) => e.summary === DEMO_SECURED_EPIC_SUMMARY)!;
    await expect(h.as('portfolioLead', (j) => j.getIssue(secured.key, 'user'))).resolves.toMatchObject({
      id: secured.id,
    });
    await expect(h.as('viewer', (j) => j.getIssue(secured.key, 'user'))).rejects.toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('searchEpics paging on a generated site', () => {
  // 4 projects × 60 epics = 240 epics, no children needed for this test.
  let h: JiraHarness;
  beforeAll(() => {
    h = jiraHarness({ site: generateSite({ projects: 4, epicsPerProject: 60, childrenPerEpic: 0 }) });
  });
  afterAll(() => h.rt.close());

  it('follows nextPageToken across pages and returns every epic once', async () => {
    h.resetTraffic();
    const { issues, truncated } = await h.as('portfolioLead', (j) =>
      j.searchEpics({ issueTypes: ['Epic'], maxResults: 25 }, 'user'),
    );
    expect(truncated).toBe(false);
    expect(issues).toHaveLength(240);
    expect(new Set(issues.map((i) => i.id)).size).toBe(240);
    expect(h.traffic()).toEqual(Array(10).fill('POST /rest/api/3/search/jql'));
    const bodies = h.rt.jiraTraffic.map(
      (t) => t.request.body as { nextPageToken?: string; fields: string[] },
    );
    expect(bodies[0].nextPageToken).toBeUndefined();
    expect(bodies.slice(1).every((b) => typeof b.nextPageToken === 'string')).toBe(true);
    expect(bodies[0].fields.sort()).toEqual([
      'duedate',
      'issuetype',
      'parent',
      'project',
      'status',
      'summary',
    ]);
  });

  it('stops at the limit and says more matched', async () => {
    h.resetTraffic();
    const { issues, truncated } = await h.as('portfolioLead', (j) =>
      j.searchEpics({ issueTypes: ['Epic'], maxResults: 50, limit: 120 }, 'user'),
    );
    expect(issues).toHaveLength(120);
    expect(truncated).toBe(true);
    expect(h.traffic()).toHaveLength(3);
  });
});
