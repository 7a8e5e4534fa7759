import { DEMO_SECURED_EPIC_SUMMARY } from '../../../local/demo';
import { call, DEMO_USERS, demoJira, keys, search } from './fixtures';

const site = demoJira();
const lead = DEMO_USERS.portfolioLead;
const eng = DEMO_USERS.engineeringLead;
const everyoneButLead = [DEMO_USERS.productManager, DEMO_USERS.engineeringLead, DEMO_USERS.viewer];
const secured = keys(site, 'project = PLAT AND issuetype = Epic').find(
  (key) => site.getIssue(key)?.summary === DEMO_SECURED_EPIC_SUMMARY,
)!;
const securedChildren = keys(site, `parent = ${secured}`);
const count = (jql: string, accountId?: string) =>
  call(site, 'POST', '/rest/api/3/search/approximate-count', { jql }, accountId).body.count;

describe('the engineering lead cannot browse MOB', () => {
  const mobKey = keys(site, 'project = MOB')[0];

  it('sees no MOB issue in searches and counts, and MOB is an unknown value in JQL', () => {
    expect(keys(site, 'issuetype = Epic', eng).some((k) => k.startsWith('MOB-'))).toBe(false);
    expect(count('issuetype = Epic', eng)).toBe(68);
    expect(search(site, { jql: 'project = MOB' }, eng).errorMessages).toEqual([
      "The value 'MOB' does not exist for the field 'project'.",
    ]);
    expect(search(site, { jql: `key = ${mobKey}` }, eng).status).toBe(400);
  });

  it('gets 404 for a MOB issue and its properties, and an issueError in bulkfetch', () => {
    expect(call(site, 'GET', `/rest/api/3/issue/${mobKey}`, undefined, eng).status).toBe(404);
    expect(call(site, 'GET', `/rest/api/3/issue/${mobKey}/properties`, undefined, eng).status).toBe(404);
    const bulk = call(
      site,
      'POST',
      '/rest/api/3/issue/bulkfetch',
      { issueIdsOrKeys: [mobKey, 'BILL-1'] },
      eng,
    );
    expect((bulk.body.issues as unknown[]).length).toBe(1);
    expect(bulk.body.issueErrors).toEqual([{ id: mobKey, errorMessage: expect.any(String) }]);
  });

  it('does not see MOB in project search', () => {
    const projects = call(site, 'GET', '/rest/api/3/project/search', undefined, eng).body.values as Array<{
      key: string;
    }>;
    expect(projects.map((p) => p.key)).toEqual(['ANLY', 'BILL', 'IAM', 'INT', 'PLAT']);
  });

  it('while the other demo users do see MOB', () => {
    for (const user of [lead, DEMO_USERS.productManager, DEMO_USERS.viewer]) {
      expect(keys(site, 'project = MOB', user).length).toBeGreaterThan(0);
    }
  });
});

describe('the secured epic is visible only to the portfolio lead', () => {
  it('is found by the lead and the app', () => {
    expect(secured).toMatch(/^PLAT-\d+$/);
    expect(keys(site, `key = ${secured}`, lead)).toEqual([secured]);
    expect(count('issuetype = Epic', lead)).toBe(81);
  });

  it.each(everyoneButLead)('is invisible to %s in search, counts, GET, bulkfetch and properties', (user) => {
    expect(keys(site, 'project = PLAT', user)).not.toContain(secured);
    expect(search(site, { jql: `key = ${secured}` }, user).errorMessages).toEqual([
      `An issue with key '${secured}' does not exist for field 'key'.`,
    ]);
    expect(count('project = PLAT AND issuetype = Epic', user)).toBe(13);
    expect(call(site, 'GET', `/rest/api/3/issue/${secured}`, undefined, user).status).toBe(404);
    expect(call(site, 'GET', `/rest/api/3/issue/${secured}/properties/x`, undefined, user).status).toBe(404);
    const bulk = call(site, 'POST', '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: [secured] }, user);
    expect(bulk.body).toMatchObject({ issues: [], issueErrors: [{ id: secured }] });
  });

  it('does not leak through its children’s parent field', () => {
    expect(securedChildren).toHaveLength(2);
    const asLead = search(site, { jql: `key = ${securedChildren[0]}`, fields: ['parent'] }, lead).issues[0];
    expect(asLead.fields?.parent).toMatchObject({ key: secured });
    const asViewer = search(
      site,
      { jql: `key = ${securedChildren[0]}`, fields: ['parent'] },
      DEMO_USERS.viewer,
    ).issues[0];
    expect(asViewer.fields).toEqual({});
    const got = call(site, 'GET', `/rest/api/3/issue/${securedChildren[0]}`, undefined, DEMO_USERS.viewer);
    expect(got.body.fields).not.toHaveProperty('parent');
    expect(search(site, { jql: `parent = ${secured}` }, DEMO_USERS.viewer).status).toBe(400);
  });
});

describe('an unknown account', () => {
  it('sees nothing', () => {
    expect(count('issuetype = Epic', DEMO_USERS.viewer)).toBeGreaterThan(0);
    expect(count('issuetype = Epic', 'no-such-account')).toBe(0);
  });
});
