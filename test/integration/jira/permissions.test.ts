import { DEMO_SECURED_EPIC_SUMMARY, DEMO_USERS, generateSite } from '../../../local/demo';
import { jiraHarness, type JiraHarness } from './harness';
import { siteFacts } from './site-facts';

describe('checkPermissions for each demo user', () => {
  let h: JiraHarness;
  beforeAll(() => {
    h = jiraHarness();
  });
  afterAll(() => h.rt.close());

  const everything = () => {
    const facts = siteFacts(h.rt.site);
    return {
      facts,
      issueIds: facts.epics.map((e) => e.id),
      projectIds: h.rt.site.projects.map((p) => p.id),
      keysOf: (ids: Set<string>) =>
        h.rt.site.projects
          .filter((p) => ids.has(p.id))
          .map((p) => p.key)
          .sort(),
      secured: facts.epics.find((e) => e.summary === DEMO_SECURED_EPIC_SUMMARY)!,
    };
  };

  it('gives the portfolio lead everything, the secured epic and "Manage market layer"', async () => {
    const { issueIds, projectIds, keysOf, secured } = everything();
    const result = await h.as('portfolioLead', (j) =>
      j.checkPermissions({ issueIds, projectIds, globalPermissions: ['ADMINISTER'] }),
    );
    expect(result.canManageMarketLayer).toBe(true);
    expect(result.globalPermissions.has('ADMINISTER')).toBe(true);
    expect(keysOf(result.granted.EDIT_ISSUES.projectIds)).toEqual([
      'ANLY',
      'BILL',
      'IAM',
      'INT',
      'MOB',
      'PLAT',
    ]);
    expect(result.granted.BROWSE_PROJECTS.issueIds.size).toBe(issueIds.length);
    expect(result.granted.EDIT_ISSUES.issueIds.has(secured.id)).toBe(true);
  });

  it('lets the product manager browse everything but the secured epic and edit only BILL and IAM', async () => {
    const { issueIds, projectIds, keysOf, secured, facts } = everything();
    const result = await h.as('productManager', (j) => j.checkPermissions({ issueIds, projectIds }));
    expect(result.canManageMarketLayer).toBe(false);
    expect(keysOf(result.granted.BROWSE_PROJECTS.projectIds)).toEqual([
      'ANLY',
      'BILL',
      'IAM',
      'INT',
      'MOB',
      'PLAT',
    ]);
    expect(keysOf(result.granted.EDIT_ISSUES.projectIds)).toEqual(['BILL', 'IAM']);
    expect(result.granted.BROWSE_PROJECTS.issueIds.has(secured.id)).toBe(false);
    const editable = facts.epics.filter((e) => ['BILL', 'IAM'].includes(facts.projectKey(e)!));
    expect([...result.granted.EDIT_ISSUES.issueIds].sort()).toEqual(editable.map((e) => e.id).sort());
  });

  it('hides Mobile and the secured epic from the engineering lead, who edits only PLAT', async () => {
    const { issueIds, projectIds, keysOf, secured, facts } = everything();
    const result = await h.as('engineeringLead', (j) => j.checkPermissions({ issueIds, projectIds }));
    expect(keysOf(result.granted.BROWSE_PROJECTS.projectIds)).toEqual(['ANLY', 'BILL', 'IAM', 'INT', 'PLAT']);
    expect(keysOf(result.granted.EDIT_ISSUES.projectIds)).toEqual(['PLAT']);
    const mobile = facts.epics.filter((e) => facts.projectKey(e) === 'MOB').map((e) => e.id);
    expect(mobile.some((id) => result.granted.BROWSE_PROJECTS.issueIds.has(id))).toBe(false);
    expect(result.granted.BROWSE_PROJECTS.issueIds.has(secured.id)).toBe(false);
    expect(result.granted.EDIT_ISSUES.issueIds.has(secured.id)).toBe(false);
  });

  it('lets the viewer browse but edit nothing', async () => {
    const { issueIds, projectIds } = everything();
    const result = await h.as('viewer', (j) => j.checkPermissions({ issueIds, projectIds }));
    expect(result.granted.BROWSE_PROJECTS.issueIds.size).toBe(issueIds.length - 1);
    expect(result.granted.EDIT_ISSUES.issueIds.size).toBe(0);
    expect(result.granted.EDIT_ISSUES.projectIds.size).toBe(0);
    expect(result.canManageMarketLayer).toBe(false);
  });

  it('asks only for what it is told and never names another account', async () => {
    h.resetTraffic();
    const { projectIds } = everything();
    const result = await h.as('productManager', (j) =>
      j.checkPermissions({ projectIds, permissions: ['EDIT_ISSUES'] }),
    );
    expect(result.granted.BROWSE_PROJECTS.projectIds.size).toBe(0);
    expect(result.granted.EDIT_ISSUES.projectIds.size).toBe(2);
    expect(h.rt.jiraTraffic).toHaveLength(1);
    const { request } = h.rt.jiraTraffic[0];
    expect(request.accountId).toBe(DEMO_USERS.productManager);
    expect(request.body).not.toHaveProperty('accountId');
  });

  it('answers "Manage market layer" alone with one request', async () => {
    h.resetTraffic();
    const lead = await h.as('portfolioLead', (j) => j.checkPermissions({}));
    const viewer = await h.as('viewer', (j) => j.checkPermissions({}));
    expect([lead.canManageMarketLayer, viewer.canManageMarketLayer]).toEqual([true, false]);
    expect(h.traffic()).toEqual(Array(2).fill('POST /rest/api/3/permissions/check'));
  });
});

describe('checkPermissions in chunks of 1,000', () => {
  let h: JiraHarness;
  beforeAll(() => {
    // 5 × 100 epics with 4 children each: 2,500 issues.
    h = jiraHarness({ site: generateSite({ projects: 5, epicsPerProject: 100, childrenPerEpic: 4 }) });
  });
  afterAll(() => h.rt.close());

  it('checks 2,500 issues in 3 requests and merges the answers', async () => {
    const issueIds = h.rt.site.issues.map((i) => i.id);
    expect(issueIds).toHaveLength(2500);
    h.resetTraffic();
    const result = await h.as('viewer', (j) => j.checkPermissions({ issueIds }));
    expect(result.granted.BROWSE_PROJECTS.issueIds.size).toBe(2500);
    const bodies = h.rt.jiraTraffic.map(
      (t) => t.request.body as { globalPermissions?: string[]; projectPermissions: { issues: number[] }[] },
    );
    expect(bodies.map((b) => b.projectPermissions[0].issues.length).sort((a, b) => b - a)).toEqual([
      1000, 1000, 500,
    ]);
    expect(bodies.filter((b) => b.globalPermissions !== undefined)).toHaveLength(1);
  });
});
