import { captureOperatorLogs, expectNoLeak, securedEpic, useApp } from '../../../support';

const app = useApp();

describe('epics.search', () => {
  it('finds epics by words in their summary, with their project', async () => {
    const result = await app.callAs('productManager', 'portfolio', 'epics.search', { text: 'SAML' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.data.epics.map((e) => [e.key, e.projectKey, e.summary])).toEqual([
      ['IAM-1', 'IAM', 'Launch SAML single sign-on'],
      ['IAM-60', 'IAM', 'SAML single sign-on for enterprise customers'],
    ]);
    expect(result.data.total).toBe(2);
    expect(result.data.next).toBeNull();
    expect(result.data.epics[0]).toMatchObject({
      id: expect.any(String),
      statusCategory: 'new',
      statusName: 'To Do',
    });
  });

  it('limits the search to one project', async () => {
    const result = await app.callAs('viewer', 'portfolio', 'epics.search', { projectId: '10000' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.data.epics.length).toBeGreaterThan(0);
    expect(new Set(result.data.epics.map((e) => e.projectKey))).toEqual(new Set(['BILL']));
  });

  it('finds nothing in a project the viewer cannot browse, as in one that does not exist', async () => {
    const hidden = await app.callAs('engineeringLead', 'portfolio', 'epics.search', { projectId: '10004' });
    const missing = await app.callAs('engineeringLead', 'portfolio', 'epics.search', { projectId: '99999' });
    const none = { epics: [], total: 0, next: null, project: null };
    expect(hidden).toEqual({ ok: true, data: none });
    expect(missing).toEqual({ ok: true, data: none });
    // The project does hold epics: someone who may browse it finds them.
    const browsable = await app.callAs('productManager', 'portfolio', 'epics.search', { projectId: '10004' });
    if (!browsable.ok) throw new Error(JSON.stringify(browsable.error));
    expect(browsable.data.epics.length).toBeGreaterThan(0);
    expect(new Set(browsable.data.epics.map((e) => e.projectKey))).toEqual(new Set(['MOB']));
  });

  it('never finds the secured epic for someone outside its security level', async () => {
    const secured = securedEpic(app.rt);
    const result = await app.callAs('viewer', 'portfolio', 'epics.search', { text: 'Northwind' });
    expect(result).toMatchObject({ ok: true, data: { epics: [] } });
    expectNoLeak(result, [secured.key], [secured.summary]);
    // The same words find it for the portfolio lead, who is inside the security level.
    const lead = await app.callAs('portfolioLead', 'portfolio', 'epics.search', { text: 'Northwind' });
    expect(lead).toMatchObject({ ok: true, data: { epics: [{ key: secured.key }] } });
  });

  it('refuses a malformed project id and unknown fields', async () => {
    const bad = await app.callRaw('viewer', 'portfolio', 'epics.search', { projectId: 'MOB' });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { projectId: expect.any(String) } },
    });
    const extra = await app.callRaw('viewer', 'portfolio', 'epics.search', {
      text: 'x',
      jql: 'project = MOB',
    });
    expect(extra).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('says Jira is unavailable when it fails', async () => {
    const logs = captureOperatorLogs();
    app.rt.faults.inject({ target: 'jira', nth: 1, kind: 'server-error' });
    expect(await app.callAs('viewer', 'portfolio', 'epics.search', { text: 'SAML' })).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    });
    expect(logs.lines().join('\n')).toContain('server-error');
  });
});
