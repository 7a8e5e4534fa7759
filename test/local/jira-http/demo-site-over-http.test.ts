import { demoSite } from '../../../local/demo';
import { createJiraSite } from '../../../local/jira';
import { serveJira, type JiraHttpServer } from '../../../local/jira-http/server';
import { validateResponse } from '../../contract/openapi-validator';

const jira = createJiraSite(demoSite());
let site: JiraHttpServer;

beforeAll(async () => {
  site = await serveJira(jira, { port: 0, users: jira.users });
});
afterAll(() => site.close());

/** What `curl -u email:token` sends. */
function signedInAs(email: string, token = 'any'): { Authorization: string } {
  return { Authorization: `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}` };
}

/** Fetches as a demo user and checks the answer against the Jira contract on the way. */
async function jiraFetch(
  email: string,
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; body: unknown }> {
  const headers = { ...signedInAs(email), 'Content-Type': 'application/json', ...init.headers };
  const response = await fetch(`${site.url}${path}`, { ...init, headers });
  const text = await response.text();
  const body: unknown = text === '' ? undefined : JSON.parse(text);
  expect(validateResponse(init.method ?? 'GET', path, response.status, body)).toEqual([]);
  return { status: response.status, body };
}

describe('the demo site over HTTP', () => {
  it.each(jira.users.map((user) => [user.emailAddress, user.accountId]))(
    '%s signs in with any token and is who /myself says',
    async (email, accountId) => {
      const me = await jiraFetch(email, '/rest/api/3/myself');
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ accountId, emailAddress: email });
    },
  );

  it('answers each user with what that user may browse', async () => {
    const projectKeys = async (email: string) => {
      const page = await jiraFetch(email, '/rest/api/3/project/search?maxResults=50');
      return (page.body as { values: { key: string }[] }).values.map((project) => project.key);
    };
    expect(await projectKeys('avery.lead@acme-demo.test')).toContain('MOB');
    expect(await projectKeys('eli.eng@acme-demo.test')).not.toContain('MOB');
  });

  it('takes JSON bodies: a POST search and a property round trip', async () => {
    const avery = 'avery.lead@acme-demo.test';
    const search = await jiraFetch(avery, '/rest/api/3/search/jql', {
      method: 'POST',
      body: JSON.stringify({
        jql: 'project = BILL AND issuetype = Epic',
        fields: ['summary'],
        maxResults: 1,
      }),
    });
    const [epic] = (search.body as { issues: { key: string }[] }).issues;
    const property = `/rest/api/3/issue/${epic.key}/properties/demo`;
    expect(
      (await jiraFetch(avery, property, { method: 'PUT', body: JSON.stringify({ note: 'hi' }) })).status,
    ).toBe(201);
    expect((await jiraFetch(avery, property)).body).toEqual({ key: 'demo', value: { note: 'hi' } });
    expect((await jiraFetch(avery, property, { method: 'DELETE' })).status).toBe(204);
  });

  it('passes Jira’s own errors through, e.g. 400 for bad JQL', async () => {
    const bad = await jiraFetch(
      'vic.viewer@acme-demo.test',
      `/rest/api/3/search/jql?jql=${encodeURIComponent('status = (')}`,
    );
    expect(bad.status).toBe(400);
  });

  it('refuses an email that is not a demo user with Jira’s 401', async () => {
    const response = await fetch(`${site.url}/rest/api/3/myself`, {
      headers: signedInAs('someone@else.test'),
    });
    expect(response.status).toBe(401);
    expect(validateResponse('GET', '/rest/api/3/myself', 401, await response.json())).toEqual([]);
  });
});
