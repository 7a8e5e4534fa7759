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

  it('finds the open epics of each project as the site holds them, with one search', async () => {
    const facts = siteFacts(h.rt.site);
    const projectIds = h.rt.site.projects.map((p) => p.id);
    h.resetTraffic();
    const open = await h.as(undefined, (j) => j.openEpicsByProject(projectIds, ['Epic'], 'app'));
    expect(h.traffic()).toEqual(['POST /rest/api/3/search/jql']);
    for (const projectId of projectIds) {
      const expected = facts.epics
        .filter((e) => e.projectId === projectId && facts.isOpen(e))
        .map((e) => e.id);
      expect(open.get(projectId)?.sort()).toEqual(expected.sort());
    }
  });

  it('gives every project asked for an entry, even with no open epics', async () => {
    // The demo site has no sub-tasks, so with that as the "epic" type every list is empty.
    const open = await h.as(undefined, (j) => j.openEpicsByProject(['10000', '10001'], ['Subtask'], 'app'));
    expect([...open]).toEqual([
      ['10000', []],
      ['10001', []],
    ]);
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

  it('finds the open epics of 130 projects in ceil(open / 100) requests, not one per project', async () => {
    const facts = siteFacts(h.rt.site);
    const open = facts.epics.filter(facts.isOpen);
    h.resetTraffic();
    const byProject = await h.as(undefined, (j) =>
      j.openEpicsByProject(
        h.rt.site.projects.map((p) => p.id),
        ['Epic'],
        'app',
      ),
    );
    expect([...byProject.values()].flat().sort()).toEqual(open.map((e) => e.id).sort());
    expect(h.traffic()).toHaveLength(Math.ceil(open.length / 100));
    expect(h.traffic().length).toBeLessThan(130 / 10);
  });
});
