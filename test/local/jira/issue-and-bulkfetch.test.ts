import { call, tinySite } from './fixtures';

const site = tinySite();
const NOT_FOUND = {
  errorMessages: ['Issue does not exist or you do not have permission to see it.'],
  errors: {},
};

describe('GET /rest/api/3/issue/{issueIdOrKey}', () => {
  it('returns every field by default, by key (any case) or by id', () => {
    const byKey = call(site, 'GET', '/rest/api/3/issue/alp-2');
    expect(byKey.status).toBe(200);
    expect(byKey.body).toMatchObject({
      id: '30002',
      key: 'ALP-2',
      fields: {
        summary: 'Configure pricing tiers',
        issuetype: { id: '10001', name: 'Story', subtask: false, hierarchyLevel: 0 },
        project: { id: '20000', key: 'ALP', name: 'Alpha', projectTypeKey: 'software' },
        labels: [],
        security: null,
        assignee: null,
      },
    });
    expect(call(site, 'GET', '/rest/api/3/issue/30002').body).toEqual(byKey.body);
  });

  it('honours the fields parameter', () => {
    const answer = call(site, 'GET', '/rest/api/3/issue/ALP-2?fields=summary,status');
    expect(Object.keys(answer.body.fields as object).sort()).toEqual(['status', 'summary']);
  });

  it('answers 404 with Jira’s body for an unknown issue', () => {
    expect(call(site, 'GET', '/rest/api/3/issue/ALP-999')).toEqual({ status: 404, body: NOT_FOUND });
  });
});

describe('POST /rest/api/3/issue/bulkfetch', () => {
  it('returns found issues in ascending id order and lists the rest as issueErrors', () => {
    const answer = call(site, 'POST', '/rest/api/3/issue/bulkfetch', {
      issueIdsOrKeys: ['BET-1', '30001', 'ALP-77', 'alp-2'],
      fields: ['summary'],
    });
    expect(answer.status).toBe(200);
    const issues = answer.body.issues as Array<{ key: string; fields: object }>;
    expect(issues.map((i) => i.key)).toEqual(['ALP-1', 'ALP-2', 'BET-1']);
    expect(Object.keys(issues[0].fields)).toEqual(['summary']);
    expect(answer.body.issueErrors).toEqual([
      { id: 'ALP-77', errorMessage: 'Issue does not exist or you do not have permission to see it.' },
    ]);
  });

  it('returns navigable fields by default', () => {
    const answer = call(site, 'POST', '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: ['ALP-1'] });
    expect(Object.keys((answer.body.issues as Array<{ fields: object }>)[0].fields)).toContain('status');
  });

  it('refuses an empty list and more than 100 ids', () => {
    expect(call(site, 'POST', '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: [] }).status).toBe(400);
    const tooMany = Array.from({ length: 101 }, (_, i) => String(30000 + i));
    expect(call(site, 'POST', '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: tooMany }).status).toBe(400);
    expect(call(site, 'POST', '/rest/api/3/issue/bulkfetch', {}).status).toBe(400);
  });
});

describe('routing', () => {
  it('answers an unknown endpoint with 404 and Jira’s error body', () => {
    const answer = call(site, 'GET', '/rest/api/3/dashboard');
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ errorMessages: [expect.stringContaining('null for uri')], errors: {} });
  });

  it('answers a known path with an unsupported method with 405', () => {
    expect(call(site, 'DELETE', '/rest/api/3/search/jql').status).toBe(405);
  });
});
