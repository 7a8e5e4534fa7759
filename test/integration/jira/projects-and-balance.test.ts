import { generateSite } from '../../../local/demo';
import { jiraHarness, type JiraHarness } from './harness';
import { siteFacts } from './site-facts';

describe('listProjects and open epics on the demo site', () => {
  let h: JiraHarness;
  beforeAll(() => {
    h = jiraHarness();
  });
  afterAll(() => h.rt.close());

  it('lists the projects each user may browse, in key order', async () => {
    const keys = async (role: 'productManager' | 'engineeringLead') =>
      (await h.as(role, (j) => j.listProjects('user'))).map((p) => p.key);
    expect(await keys('productManager')).toEqual(['ANLY', 'BILL', 'IAM', 'INT', 'MOB', 'PLAT']);
    expect(await keys('engineeringLead')).toEqual(['ANLY', 'BILL', 'IAM', 'INT', 'PLAT']);
  });

  it('names each project', async () => {
    const projects = await h.as(undefined, (j) => j.listProjects('app'));
    const bill = h.rt.site.projects.find((p) => p.key === 'BILL')!;
    expect(projects).toContainEqual({ id: bill.id, key: 'BILL', name: bill.name });
  });

  it('counts the open epics of each project as the site holds them, one approximate count each, as the app', async () => {
    const facts = siteFacts(h.rt.site);
    const projects = await h.as(undefined, (j) => j.listProjects('app'));
    h.resetTraffic();
    const counts = await h.as(undefined, (j) => j.openEpicCounts(projects, ['Epic'], 'app'));
    expect(h.traffic()).toEqual(Array(projects.length).fill('POST /rest/api/3/search/approximate-count'));
    for (const count of counts) {
      const expected = facts.epics.filter((e) => e.projectId === count.id && facts.isOpen(e)).length;
      expect([count.key, count.openEpics]).toEqual([count.key, expected]);
    }
    // Hidden epics are counted too: the app sees the secured PLAT epic the viewer cannot.
    expect(counts.find((c) => c.key === 'PLAT')!.openEpics).toBeGreaterThan(0);
  });

  it('counts zero for a type no issue has', async () => {
    // The demo site has no sub-tasks, so with that as the "epic" type every count is 0.
    const projects = (await h.as(undefined, (j) => j.listProjects('app'))).slice(0, 2);
    const counts = await h.as(undefined, (j) => j.openEpicCounts(projects, ['Subtask'], 'app'));
    expect(counts.map((c) => c.openEpics)).toEqual([0, 0]);
  });
});

describe('paging on a generated site', () => {
  let h: JiraHarness;
  beforeAll(() => {
    // 130 projects × 4 epics: projects span two pages, 520 epics several search pages.
    h = jiraHarness({ site: generateSite({ projects: 130, epicsPerProject: 4, childrenPerEpic: 0 }) });
  });
  afterAll(() => h.rt.close());

  it('pages through more projects than one page holds', async () => {
    h.resetTraffic();
    const projects = await h.as('viewer', (j) => j.listProjects('user'));
    expect(projects).toHaveLength(130);
    expect(new Set(projects.map((p) => p.id)).size).toBe(130);
    expect(h.traffic()).toEqual(Array(2).fill('GET /rest/api/3/project/search'));
  });

  it('counts the open epics of 130 projects with one request each, whatever the number of epics', async () => {
    const facts = siteFacts(h.rt.site);
    const open = facts.epics.filter(facts.isOpen);
    const projects = await h.as(undefined, (j) => j.listProjects('app'));
    h.resetTraffic();
    const counts = await h.as(undefined, (j) => j.openEpicCounts(projects, ['Epic'], 'app'));
    expect(counts.reduce((sum, c) => sum + c.openEpics, 0)).toBe(open.length);
    expect(h.traffic()).toHaveLength(130);
  });
});
