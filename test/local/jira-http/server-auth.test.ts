import type { JiraRequest, JiraService } from '../../../local/types';
import { serveJira, type JiraHttpServer } from '../../../local/jira-http/server';

const USERS = [
  { accountId: 'acc-avery', emailAddress: 'avery.lead@example.com' },
  { accountId: 'acc-gone', emailAddress: 'gone@example.com', active: false },
];

/** Stands in for the Jira emulator: answers with what it was asked, so the tests see the mapping. */
function echoJira(): JiraService & { received: JiraRequest[] } {
  const received: JiraRequest[] = [];
  return {
    received,
    handle(request) {
      received.push(request);
      if (request.path === '/rest/api/3/issue/ML-1/properties/gone') return { status: 204 };
      if (request.path === '/rest/api/3/limited')
        return { status: 429, headers: { 'Retry-After': '7' }, body: {} };
      if (request.path === '/rest/api/3/broken') throw new Error('emulator bug');
      return { status: 200, body: { echoed: request } };
    },
  };
}

function basic(user: string, token: string): string {
  return `Basic ${Buffer.from(`${user}:${token}`).toString('base64')}`;
}

let jira: ReturnType<typeof echoJira>;
let site: JiraHttpServer;

beforeEach(async () => {
  jira = echoJira();
  site = await serveJira(jira, { port: 0, users: USERS });
});
afterEach(() => site.close());

describe('Basic auth as Jira Cloud takes it (email + API token)', () => {
  it('runs the request as the account whose email signs in, with any non-empty token', async () => {
    const response = await fetch(`${site.url}/rest/api/3/myself?expand=groups`, {
      headers: { Authorization: basic('Avery.Lead@example.com', 'any-token') },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      echoed: { method: 'GET', path: '/rest/api/3/myself?expand=groups', accountId: 'acc-avery' },
    });
  });

  it.each([
    ['no credentials', undefined],
    ['an unknown email', basic('mallory@example.com', 'token')],
    ['an empty token', basic('avery.lead@example.com', '')],
    ['a deactivated account', basic('gone@example.com', 'token')],
    ['a bearer token instead of Basic', 'Bearer abc'],
  ])('refuses %s with 401 and Jira’s body, never reaching the site', async (_case, authorization) => {
    const response = await fetch(`${site.url}/rest/api/3/myself`, {
      headers: authorization ? { Authorization: authorization } : {},
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      message: 'Client must be authenticated to access this resource.',
      'status-code': 401,
    });
    expect(jira.received).toEqual([]);
  });

  it('listens on 127.0.0.1 only by default, since any token is accepted', () => {
    expect(site.url).toBe(`http://127.0.0.1:${site.port}`);
    expect(site.port).toBeGreaterThan(0);
  });
});

describe('JSON in and out', () => {
  const avery = { Authorization: basic('avery.lead@example.com', 't'), 'Content-Type': 'application/json' };

  it('passes the parsed JSON body and the method through', async () => {
    const response = await fetch(`${site.url}/rest/api/3/issue/bulkfetch`, {
      method: 'POST',
      headers: avery,
      body: JSON.stringify({ issueIdsOrKeys: ['ML-1'] }),
    });
    expect(await response.json()).toEqual({
      echoed: {
        method: 'POST',
        path: '/rest/api/3/issue/bulkfetch',
        body: { issueIdsOrKeys: ['ML-1'] },
        accountId: 'acc-avery',
      },
    });
  });

  it('answers 400 with an ErrorCollection to a body that is not JSON', async () => {
    const response = await fetch(`${site.url}/rest/api/3/search/jql`, {
      method: 'POST',
      headers: avery,
      body: '{jql',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errorMessages: ['The request body is not valid JSON.'],
      errors: {},
    });
    expect(jira.received).toEqual([]);
  });

  it('answers 415 to a body sent without a JSON content type, like curl -d without -H', async () => {
    const response = await fetch(`${site.url}/rest/api/3/search/jql`, {
      method: 'POST',
      headers: { Authorization: avery.Authorization, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'jql=project%3DML',
    });
    expect(response.status).toBe(415);
  });

  it('sends the site’s status and headers, and no body when the site has none', async () => {
    const deleted = await fetch(`${site.url}/rest/api/3/issue/ML-1/properties/gone`, {
      method: 'DELETE',
      headers: avery,
    });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');

    const limited = await fetch(`${site.url}/rest/api/3/limited`, { headers: avery });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
  });

  it('turns a failure inside the site into a 500 ErrorCollection instead of dropping the connection', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await fetch(`${site.url}/rest/api/3/broken`, { headers: avery });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ errorMessages: ['Internal server error'], errors: {} });
    errors.mockRestore();
  });
});
