import { DEMO_USERS, demoSite, generateSite } from '../../../local/demo';
import { createJiraSite } from '../../../local/jira';

describe('demoSite', () => {
  const site = demoSite();
  const epics = site.issues.filter((i) => i.issueTypeId === '10000');

  it('is deterministic', () => {
    expect(demoSite()).toEqual(site);
  });

  it('has six products, about 80 epics with children in varied states, and due dates', () => {
    expect(site.projects.map((p) => p.key)).toEqual(['BILL', 'IAM', 'ANLY', 'INT', 'MOB', 'PLAT']);
    expect(epics).toHaveLength(81);
    const children = site.issues.filter((i) => i.parentId !== undefined);
    expect(children.length).toBeGreaterThan(200);
    expect(new Set(children.map((c) => c.statusId)).size).toBe(4);
    expect(epics.filter((e) => e.duedate).length).toBeGreaterThan(50);
    expect(new Set(site.issues.map((i) => i.key)).size).toBe(site.issues.length);
  });

  it('has four users with stable ids and emails, and one secured epic', () => {
    expect(site.users.map((u) => [u.accountId, u.emailAddress])).toEqual([
      [DEMO_USERS.portfolioLead, 'avery.lead@acme-demo.test'],
      [DEMO_USERS.productManager, 'priya.pm@acme-demo.test'],
      [DEMO_USERS.engineeringLead, 'eli.eng@acme-demo.test'],
      [DEMO_USERS.viewer, 'vic.viewer@acme-demo.test'],
    ]);
    expect(epics.filter((e) => e.securityLevelId)).toHaveLength(1);
  });
});

describe('generateSite', () => {
  it('produces exactly the requested counts, deterministically per seed', () => {
    const counts = { projects: 3, epicsPerProject: 7, childrenPerEpic: 4, seed: 42 };
    const site = generateSite(counts);
    expect(site.projects).toHaveLength(3);
    expect(site.issues.filter((i) => i.issueTypeId === '10000')).toHaveLength(21);
    expect(site.issues).toHaveLength(21 * 5);
    expect(generateSite(counts)).toEqual(site);
    expect(generateSite({ ...counts, seed: 43 })).not.toEqual(site);
  });

  it('scales beyond the six demo products with unique project keys', () => {
    const site = generateSite({ projects: 40, epicsPerProject: 1, childrenPerEpic: 0 });
    expect(new Set(site.projects.map((p) => p.key)).size).toBe(40);
  });

  it('serves a site of 10,000 epics with indexed parent lookups', () => {
    const data = generateSite({ projects: 20, epicsPerProject: 500, childrenPerEpic: 2 });
    const jira = createJiraSite(data);
    const parents = data.issues
      .filter((i) => i.issueTypeId === '10000')
      .slice(0, 200)
      .map((i) => i.key);
    const started = Date.now();
    const answer = jira.handle({
      method: 'POST',
      path: '/rest/api/3/search/approximate-count',
      body: { jql: `parent in (${parents.join(',')})` },
    });
    expect(answer.body).toEqual({ count: 400 });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
