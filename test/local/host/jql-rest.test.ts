import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ISSUE_TYPES } from '../../../local/demo';
import { startHost, type RunningHost } from '../../../local/host/start';
import { seedDemoPortfolio } from '../../../local/host/seed';
import { hostUsers } from '../../../local/host/users';
import { createLocalRuntime, type LocalRuntime } from '../../../local/runtime';
import type { Contribution, Result } from '../../../src/contract';

/**
 * Issue 11, through `npm start`: the demo site's REST API on the host, with Basic auth as a demo
 * user (any token), answers JQL over the market layer as Jira would, for curl or any client.
 */
let runtime: LocalRuntime;
let host: RunningHost;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'jql-rest-'));
  runtime = createLocalRuntime();
  await seedDemoPortfolio(runtime, dataDir);
  await runtime.deliverJobs();
  host = await startHost({ runtime, appRoot: join(__dirname, '../../..'), users: hostUsers(runtime.site) });
}, 120_000);
afterAll(async () => {
  await host.close();
  runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const AVERY = 'avery.lead@acme-demo.test';
const ELI = 'eli.eng@acme-demo.test';
const auth = (email: string) => `Basic ${Buffer.from(`${email}:any-token`).toString('base64')}`;

async function search(
  email: string,
  jql: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${host.url}/rest/api/3/search/jql`, {
    method: 'POST',
    headers: { authorization: auth(email), 'content-type': 'application/json' },
    body: JSON.stringify({ jql, fields: ['summary'], maxResults: 100 }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
async function keys(email: string, jql: string): Promise<string[]> {
  const { status, body } = await search(email, jql);
  expect(status).toBe(200);
  return (body.issues as { key: string }[]).map((i) => i.key).sort();
}
async function invoke<T>(key: string, payload: unknown): Promise<T> {
  const response = await fetch(`${host.url}/__forge/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: AVERY, moduleKey: 'portfolio', key, payload }),
  });
  const { result } = (await response.json()) as { result: Result<T> };
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}

const FN = 'issue in marketLayerSolution("Continuous close")';
const ALIAS = 'marketLayer.solution = "Continuous close"';
const SEEDED = ['ANLY-7', 'BILL-19', 'INT-18'];

test('the solution function answers the seeded links over REST, with Basic auth as a demo user', async () => {
  expect(await keys(AVERY, FN)).toEqual(SEEDED);
  expect(await keys(ELI, FN)).toEqual(SEEDED);
  expect(await keys(ELI, ALIAS)).toEqual(SEEDED);
  const refused = await fetch(`${host.url}/rest/api/3/search/jql?jql=${encodeURIComponent(FN)}`);
  expect(refused.status).toBe(401);
});

test('after a link of a MOB epic and after its unlink: avery sees it come and go, eli never sees it', async () => {
  const mobEpic = runtime.site.issues.find(
    (i) => i.key.startsWith('MOB-') && i.issueTypeId === ISSUE_TYPES.epic.id && !i.securityLevelId,
  )!;
  const { solutions } = await invoke<{ solutions: { id: string; name: string }[] }>('portfolio.get', {});
  const solutionId = solutions.find((s) => s.name === 'Continuous close')!.id;
  const link = await invoke<Contribution>('contribution.link', { solutionId, issue: mobEpic.key });
  // The property is written by the job consumer (under `npm start`, the job pump, moments later):
  // Jira's own index is eventually consistent too.
  await runtime.deliverJobs();

  const withMob = [...SEEDED, mobEpic.key].sort();
  expect(await keys(AVERY, ALIAS)).toEqual(withMob);
  expect(await keys(AVERY, FN)).toEqual(withMob);
  expect(await keys(ELI, ALIAS)).toEqual(SEEDED);
  expect(await keys(ELI, FN)).toEqual(SEEDED);

  await invoke('contribution.unlink', { id: link.id, version: link.version });
  await runtime.deliverJobs();
  expect(await keys(AVERY, ALIAS)).toEqual(SEEDED);
  expect(await keys(AVERY, FN)).toEqual(SEEDED);
  expect(await keys(ELI, ALIAS)).toEqual(SEEDED);
});

test("an unknown solution is Jira's 400 with the function's message", async () => {
  const { status, body } = await search(ELI, 'issue in marketLayerSolution("Nope")');
  expect(status).toBe(400);
  expect(body).toEqual({ errorMessages: ["Market Layer has no solution named 'Nope'."], errors: {} });
});

test("the host page's JQL box searches as the chosen user", async () => {
  const eli = runtime.site.users.find((u) => u.emailAddress === ELI)!;
  const response = await fetch(`${host.url}/__forge/search`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ accountId: eli.accountId, jql: `${FN} ORDER BY key` }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as {
    issues: { key: string; project: string; type: string }[];
    more: boolean;
  };
  expect(body.issues.map((i) => i.key)).toEqual(SEEDED);
  expect(body.issues[0]).toMatchObject({ key: 'ANLY-7', type: 'Epic' });
  expect(body.more).toBe(false);
});
