import { appGlobalPermissionKey, createJiraSite } from '../../../local/jira';
import { DEMO_APP, demoSite } from '../../../local/demo';
import { call, DEMO_USERS, demoJira, keys } from './fixtures';

const site = demoJira();
const MANAGE = appGlobalPermissionKey(DEMO_APP, 'manage-market-layer');
const projectId = (key: string) => Number(site.projects.find((p) => p.key === key)!.id);
const ALL_PROJECTS = site.projects.map((p) => Number(p.id));
const check = (body: unknown, accountId?: string) =>
  call(site, 'POST', '/rest/api/3/permissions/check', body, accountId);

describe('POST /rest/api/3/permissions/check', () => {
  it('grants the app’s custom global permission to Jira administrators by default', () => {
    const body = { globalPermissions: ['ADMINISTER', MANAGE] };
    expect(check(body, DEMO_USERS.portfolioLead).body.globalPermissions).toEqual(['ADMINISTER', MANAGE]);
    expect(check(body, DEMO_USERS.productManager).body.globalPermissions).toEqual([]);
  });

  it('lets the site data grant the custom permission to someone else instead', () => {
    const data = demoSite();
    data.globalGrants.push({
      permission: MANAGE,
      grantee: { kind: 'user', accountId: DEMO_USERS.productManager },
    });
    const custom = createJiraSite(data);
    const answer = custom.handle({
      method: 'POST',
      path: '/rest/api/3/permissions/check',
      body: { globalPermissions: [MANAGE] },
      accountId: DEMO_USERS.productManager,
    });
    expect(answer.body).toEqual({ globalPermissions: [MANAGE], projectPermissions: [] });
  });

  it('answers project permissions per project for each demo role', () => {
    const body = {
      projectPermissions: [{ permissions: ['BROWSE_PROJECTS', 'EDIT_ISSUES'], projects: ALL_PROJECTS }],
    };
    const grantsOf = (accountId: string) =>
      Object.fromEntries(
        (
          check(body, accountId).body.projectPermissions as Array<{ permission: string; projects: number[] }>
        ).map((g) => [g.permission, g.projects.length]),
      );
    expect(grantsOf(DEMO_USERS.portfolioLead)).toEqual({ BROWSE_PROJECTS: 6, EDIT_ISSUES: 6 });
    expect(grantsOf(DEMO_USERS.productManager)).toEqual({ BROWSE_PROJECTS: 6, EDIT_ISSUES: 2 });
    expect(grantsOf(DEMO_USERS.engineeringLead)).toEqual({ BROWSE_PROJECTS: 5, EDIT_ISSUES: 1 });
    expect(grantsOf(DEMO_USERS.viewer)).toEqual({ BROWSE_PROJECTS: 6, EDIT_ISSUES: 0 });
  });

  it('checks issues too, honouring issue security and ignoring unknown ids', () => {
    const plat = keys(site, 'project = PLAT AND issuetype = Epic', DEMO_USERS.portfolioLead);
    const ids = plat.map((k) => Number(site.getIssue(k)!.id));
    const body = { projectPermissions: [{ permissions: ['EDIT_ISSUES'], issues: [...ids, 999999] }] };
    const issuesFor = (accountId: string) =>
      (check(body, accountId).body.projectPermissions as Array<{ issues: number[] }>)[0].issues.length;
    expect(issuesFor(DEMO_USERS.portfolioLead)).toBe(14);
    expect(issuesFor(DEMO_USERS.engineeringLead)).toBe(13);
    expect(issuesFor(DEMO_USERS.productManager)).toBe(0);
  });

  it('lets admins and the app check another account, but not other users', () => {
    const body = {
      accountId: DEMO_USERS.engineeringLead,
      projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: [projectId('MOB')] }],
    };
    expect(check(body, DEMO_USERS.portfolioLead).body.projectPermissions).toEqual([
      { permission: 'BROWSE_PROJECTS', projects: [], issues: [] },
    ]);
    expect(check(body).status).toBe(200);
    expect(check(body, DEMO_USERS.viewer).status).toBe(403);
  });

  it('refuses unknown permission keys and entries without permissions', () => {
    expect(check({ globalPermissions: ['MAKE_COFFEE'] }, DEMO_USERS.viewer).status).toBe(400);
    expect(check({ projectPermissions: [{ permissions: ['FLY'] }] }, DEMO_USERS.viewer).status).toBe(400);
    expect(check({ projectPermissions: [{ projects: [10000] }] }, DEMO_USERS.viewer).status).toBe(400);
  });
});

describe('GET /rest/api/3/mypermissions', () => {
  const mine = (query: string, accountId: string) =>
    call(site, 'GET', `/rest/api/3/mypermissions?${query}`, undefined, accountId);
  const have = (query: string, accountId: string, key: string) =>
    (mine(query, accountId).body.permissions as Record<string, { havePermission: boolean }>)[key]
      .havePermission;

  it('reports global, any-project, project and issue context permissions', () => {
    const answer = mine(
      `permissions=ADMINISTER,EDIT_ISSUES,${encodeURIComponent(MANAGE)}`,
      DEMO_USERS.portfolioLead,
    );
    expect(answer.body.permissions).toMatchObject({
      ADMINISTER: { key: 'ADMINISTER', type: 'GLOBAL', havePermission: true },
      EDIT_ISSUES: { key: 'EDIT_ISSUES', type: 'PROJECT', havePermission: true },
      [MANAGE]: { type: 'GLOBAL', havePermission: true },
    });
    expect(have('permissions=EDIT_ISSUES', DEMO_USERS.engineeringLead, 'EDIT_ISSUES')).toBe(true);
    expect(have('permissions=EDIT_ISSUES&projectKey=BILL', DEMO_USERS.engineeringLead, 'EDIT_ISSUES')).toBe(
      false,
    );
    expect(have('permissions=EDIT_ISSUES&projectKey=PLAT', DEMO_USERS.engineeringLead, 'EDIT_ISSUES')).toBe(
      true,
    );
    expect(have('permissions=EDIT_ISSUES&issueKey=IAM-1', DEMO_USERS.productManager, 'EDIT_ISSUES')).toBe(
      true,
    );
  });

  it('answers 404 for a project or issue the user cannot browse, and 400 without permissions', () => {
    expect(mine('permissions=BROWSE_PROJECTS&projectKey=MOB', DEMO_USERS.engineeringLead).status).toBe(404);
    expect(mine('permissions=BROWSE_PROJECTS&issueKey=MOB-1', DEMO_USERS.engineeringLead).status).toBe(404);
    expect(mine('', DEMO_USERS.viewer).status).toBe(400);
    expect(mine('permissions=FLY', DEMO_USERS.viewer).status).toBe(400);
  });
});
