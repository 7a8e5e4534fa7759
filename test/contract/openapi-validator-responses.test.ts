import { validateResponse } from './openapi-validator';

const SITE = 'https://market-layer-demo.atlassian.net';

describe('validateResponse', () => {
  const avery = {
    self: `${SITE}/rest/api/3/user?accountId=acc-avery`,
    accountId: 'acc-avery',
    accountType: 'atlassian',
    emailAddress: 'avery.lead@example.com',
    displayName: 'Avery Lead',
    active: true,
    timeZone: 'Europe/Berlin',
  };

  it('accepts a conforming body and rejects a field of the wrong type or an invented field', () => {
    expect(validateResponse('GET', '/rest/api/3/myself', 200, avery)).toEqual([]);
    expect(
      validateResponse('GET', '/rest/api/3/myself', 200, { ...avery, active: 'yes', nickname: 'A' }),
    ).toEqual([
      'GET /rest/api/3/myself → 200: response body: has property "nickname", which the schema does not define',
      'GET /rest/api/3/myself → 200: response body/active: must be boolean',
    ]);
    expect(validateResponse('GET', '/rest/api/3/myself', 200, { ...avery, accountType: 'robot' })).toEqual([
      expect.stringContaining(
        'response body/accountType: must be one of ["atlassian","app","customer","unknown"]',
      ),
    ]);
  });

  it('follows Jira where it answers outside its beans: hidden emails are null, timestamps lack the offset colon', () => {
    expect(validateResponse('GET', '/rest/api/3/myself', 200, { ...avery, emailAddress: null })).toEqual([]);
    const project = { id: '10000', key: 'ML', self: `${SITE}/rest/api/3/project/10000`, entityId: 'e-1' };
    const page = (values: object[]) => ({
      isLast: true,
      maxResults: 50,
      startAt: 0,
      total: values.length,
      values,
    });
    expect(
      validateResponse(
        'GET',
        '/rest/api/3/project/search',
        200,
        page([{ ...project, archivedDate: '2026-11-23T15:16:51.000+0000' }]),
      ),
    ).toEqual([]);
    expect(
      validateResponse(
        'GET',
        '/rest/api/3/project/search',
        200,
        page([{ ...project, archivedDate: '23/11/2026' }]),
      ),
    ).toEqual([
      expect.stringContaining('response body/values/0/archivedDate: must match format "date-time"'),
    ]);
  });

  it('rejects writeOnly fields in responses', () => {
    const project = { id: '10000', key: 'ML', components: [{ name: 'API', leadAccountId: 'acc-avery' }] };
    expect(validateResponse('GET', '/rest/api/3/project/search', 200, { values: [project] })).toEqual([
      'GET /rest/api/3/project/search → 200: response body/values/0/components/0/leadAccountId: is writeOnly and must not be returned',
    ]);
  });

  it('requires the required fields of permission grants', () => {
    expect(validateResponse('POST', '/rest/api/3/permissions/check', 200, { globalPermissions: [] })).toEqual(
      [
        "POST /rest/api/3/permissions/check → 200: response body: must have required property 'projectPermissions'",
      ],
    );
  });

  it('checks error statuses Atlassian documents without a schema against Jira’s ErrorCollection', () => {
    const notFound = {
      errorMessages: ['Issue does not exist or you do not have permission to see it.'],
      errors: {},
    };
    expect(validateResponse('GET', '/rest/api/3/issue/ML-404', 404, notFound)).toEqual([]);
    expect(validateResponse('GET', '/rest/api/3/issue/ML-404', 404, { error: 'not found' })).toEqual([
      'GET /rest/api/3/issue/ML-404 → 404: response body: has property "error", which the schema does not define',
    ]);
  });

  it('rejects statuses the operation does not document, except 401 and 429 which any call can get', () => {
    expect(validateResponse('GET', '/rest/api/3/issue/ML-1', 400, { errorMessages: [] })).toEqual([
      'GET /rest/api/3/issue/ML-1 → 400: status 400 is not documented (documented: 200, 401, 404)',
    ]);
    const gateway = { message: 'Client must be authenticated to access this resource.', 'status-code': 401 };
    expect(validateResponse('GET', '/rest/api/3/issue/ML-1/properties', 401, gateway)).toEqual([]);
    expect(validateResponse('POST', '/rest/api/3/search/jql', 429, undefined)).toEqual([]);
  });

  it('rejects a missing JSON body, and a body on a status documented without one', () => {
    expect(validateResponse('GET', '/rest/api/3/myself', 200, undefined)).toEqual([
      'GET /rest/api/3/myself → 200: response body: is missing; the operation returns JSON',
    ]);
    expect(validateResponse('DELETE', '/rest/api/3/issue/ML-1/properties/k', 204, {})).toEqual([
      'DELETE /rest/api/3/issue/ML-1/properties/k → 204: response body: status 204 is documented without a body',
    ]);
  });
});
