import { findOperation, validateRequest, validateResponse } from './openapi-validator';

describe('finding the operation', () => {
  it('prefers a literal segment over a path parameter, so bulkfetch is not an issue key', () => {
    const lookup = findOperation('POST', '/rest/api/3/issue/bulkfetch');
    expect('matched' in lookup && lookup.matched.template).toBe('/rest/api/3/issue/bulkfetch');
  });

  it('decodes path parameters', () => {
    const lookup = findOperation('GET', '/rest/api/3/issue/ML-1/properties/market%20layer?x=1');
    expect('matched' in lookup && lookup.matched.pathParameters).toEqual({
      issueIdOrKey: 'ML-1',
      propertyKey: 'market layer',
    });
  });

  it('names paths and methods the subset does not cover, so a new endpoint gets added to extract.js', () => {
    expect(validateRequest('GET', '/rest/api/3/search?jql=x')).toEqual([
      'GET /rest/api/3/search: no operation in the Jira OpenAPI subset matches this path',
    ]);
    expect(validateResponse('DELETE', '/rest/api/3/myself', 204, undefined)).toEqual([
      'DELETE /rest/api/3/myself: /rest/api/3/myself does not define DELETE',
    ]);
  });
});

describe('validateRequest: query parameters', () => {
  it('accepts a search with known parameters, arrays repeated or comma-separated', () => {
    const path =
      '/rest/api/3/search/jql?jql=project%20%3D%20ML&maxResults=50&fields=summary,status&fields=parent';
    expect(validateRequest('GET', path)).toEqual([]);
    expect(
      validateRequest('GET', '/rest/api/3/project/search', { query: { maxResults: 50, status: ['live'] } }),
    ).toEqual([]);
  });

  it('reports unknown names, unparsable values, enum misses and repeated scalars', () => {
    const path = '/rest/api/3/search/jql?jql=a&jql=b&maxResults=ten&failFast=yes&startAt=0';
    expect(validateRequest('GET', path)).toEqual([
      'GET /rest/api/3/search/jql: query parameter startAt: is not defined for GET /rest/api/3/search/jql',
      'GET /rest/api/3/search/jql: query parameter jql: is given 2 times but takes one value',
      'GET /rest/api/3/search/jql: query parameter maxResults: "ten" is not an integer',
      'GET /rest/api/3/search/jql: query parameter failFast: "yes" is not a boolean',
    ]);
    expect(validateRequest('GET', '/rest/api/3/project/search?orderBy=size&id=1,x')).toEqual([
      expect.stringMatching(/query parameter orderBy: must be one of \["category",/),
      'GET /rest/api/3/project/search: query parameter id: "x" is not an integer',
    ]);
  });

  it('checks integer formats, e.g. int32 for maxResults', () => {
    expect(validateRequest('GET', '/rest/api/3/search/jql?maxResults=3000000000')).toEqual([
      'GET /rest/api/3/search/jql: query parameter maxResults: must match format "int32"',
    ]);
  });
});

describe('validateRequest: bodies', () => {
  it('accepts the bodies the app sends', () => {
    expect(
      validateRequest('POST', '/rest/api/3/issue/bulkfetch', {
        body: { issueIdsOrKeys: ['ML-1', '10001'], fields: ['summary', 'status'] },
      }),
    ).toEqual([]);
    expect(
      validateRequest('POST', '/rest/api/3/permissions/check', {
        body: { projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], issues: [10001] }] },
      }),
    ).toEqual([]);
    expect(
      validateRequest('PUT', '/rest/api/3/issue/ML-1/properties/market-layer', { body: { v: 1 } }),
    ).toEqual([]);
  });

  it('reports unknown fields, wrong types and missing required fields', () => {
    expect(
      validateRequest('POST', '/rest/api/3/search/jql', { body: { jql: 'x', maxResults: '5', startAt: 0 } }),
    ).toEqual([
      'POST /rest/api/3/search/jql: request body: has property "startAt", which the schema does not define',
      'POST /rest/api/3/search/jql: request body/maxResults: must be integer',
    ]);
    expect(
      validateRequest('POST', '/rest/api/3/permissions/check', {
        body: { projectPermissions: [{ issues: [1] }] },
      }),
    ).toEqual([
      "POST /rest/api/3/permissions/check: request body/projectPermissions/0: must have required property 'permissions'",
    ]);
  });

  it('reports a body where the operation takes none, and a missing required body', () => {
    expect(validateRequest('GET', '/rest/api/3/myself', { body: {} })).toEqual([
      'GET /rest/api/3/myself: request body: this operation takes no body',
    ]);
    expect(validateRequest('PUT', '/rest/api/3/issue/ML-1/properties/k')).toEqual([
      'PUT /rest/api/3/issue/ML-1/properties/k: request body: is required',
    ]);
  });
});
