/**
 * The emulator's error answers are part of the contract too (the app shows and branches on them),
 * and the contract check must be able to fail: tampered answers are caught.
 */
import type { EmulatorResponse, JiraService } from '../../local/types';
import { CALLERS, callerOf, query, recordedDemoJira } from './demo-jira';
import { recordJiraTraffic } from './record-jira-traffic';

interface ErrorCollection {
  errorMessages: string[];
  errors: Record<string, string>;
}

describe.each(CALLERS)('error answers to %s stay within the Jira contract', (_role, accountId) => {
  const jira = recordedDemoJira();
  const as = callerOf(jira, accountId);

  it('400 for JQL that does not parse, by GET and POST', () => {
    const bad = 'project = PLAT AND (status = Done';
    const byGet = as.get<ErrorCollection>(`/search/jql${query({ jql: bad, fields: 'summary' })}`);
    expect(byGet.status).toBe(400);
    expect(byGet.body.errorMessages.length).toBeGreaterThan(0);
    expect(as.post('/search/jql', { jql: bad }).status).toBe(400);
    expect(as.post('/search/approximate-count', { jql: bad }).status).toBe(400);
    expect(as.post('/search/jql', { jql: 'summary ~ "x" AND nosuchfield = 1' }).status).toBe(400);
    expect(jira.contractViolations()).toEqual([]);
  });

  it('404 for an issue or property that does not exist', () => {
    expect(as.get('/issue/NOPE-404').status).toBe(404);
    expect(as.get('/issue/NOPE-404/properties').status).toBe(404);
    expect(as.get('/issue/NOPE-404/properties/market-layer').status).toBe(404);
    expect(as.put('/issue/NOPE-404/properties/market-layer', { a: 1 }).status).toBe(404);
    expect(as.delete('/issue/NOPE-404/properties/market-layer').status).toBe(404);
    expect(
      as.get(`/mypermissions${query({ permissions: 'BROWSE_PROJECTS', issueKey: 'NOPE-404' })}`).status,
    ).toBe(404);
    expect(jira.contractViolations()).toEqual([]);
  });

  it('400 for a bulk fetch without issues and for an unknown permission key', () => {
    expect(as.post('/issue/bulkfetch', { issueIdsOrKeys: [] }).status).toBe(400);
    const unknownPermission = {
      projectPermissions: [{ permissions: ['FLY_TO_THE_MOON'], projects: [10000] }],
    };
    expect(as.post('/permissions/check', unknownPermission).status).toBe(400);
    expect(as.get(`/mypermissions${query({ permissions: 'FLY_TO_THE_MOON' })}`).status).toBe(400);
    expect(jira.contractViolations()).toEqual([]);
  });
});

/** Passes requests on and lets the test rewrite one answer, to prove the checks can fail. */
function tampered(jira: JiraService, rewrite: (response: EmulatorResponse) => EmulatorResponse): JiraService {
  return { handle: (request) => rewrite(jira.handle(request)) };
}

describe('the contract check catches an emulator that breaks the contract', () => {
  const [, avery] = CALLERS[0];

  it('a field of the wrong type in a search answer', () => {
    const keyAsNumber = (response: EmulatorResponse) => {
      const body = response.body as { issues: { key: unknown }[] };
      body.issues[0].key = 4711;
      return response;
    };
    const jira = recordJiraTraffic(tampered(recordedDemoJira(), keyAsNumber));
    callerOf(jira, avery).post('/search/jql', { jql: 'project = PLAT', fields: ['summary'], maxResults: 1 });
    expect(jira.contractViolations()).toEqual([
      '#1 POST /rest/api/3/search/jql → 200: response body/issues/0/key: must be string',
    ]);
  });

  it('an invented field, a missing required field and an undocumented status', () => {
    const broken = (response: EmulatorResponse): EmulatorResponse => {
      const body = response.body as Record<string, unknown>;
      if ('projectPermissions' in body)
        return { status: 200, body: { globalPermissions: [], granted: true } };
      return { status: 500, body: { errorMessages: ['boom'], errors: {} } };
    };
    const jira = recordJiraTraffic(tampered(recordedDemoJira(), broken));
    const as = callerOf(jira, avery);
    as.post('/permissions/check', {
      projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: [10000] }],
    });
    as.get('/myself');
    expect(jira.contractViolations()).toEqual([
      "#1 POST /rest/api/3/permissions/check → 200: response body: must have required property 'projectPermissions'",
      '#1 POST /rest/api/3/permissions/check → 200: response body: has property "granted", which the schema does not define',
      '#2 GET /rest/api/3/myself → 500: status 500 is not documented (documented: 200, 401)',
    ]);
  });

  it('a request the app should never send', () => {
    const jira = recordedDemoJira();
    callerOf(jira, avery).get(`/search/jql${query({ jql: 'project = PLAT', startAt: 50 })}`);
    expect(jira.contractViolations()).toEqual([
      '#1 GET /rest/api/3/search/jql: query parameter startAt: is not defined for GET /rest/api/3/search/jql',
    ]);
  });
});
