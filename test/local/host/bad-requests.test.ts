import { join } from 'node:path';
import { createLocalRuntime, type LocalRuntime } from '../../../local/runtime';
import { startHost, type RunningHost } from '../../../local/host/start';
import { hostUsers } from '../../../local/host/users';

/** The host answers a client's bad request with 400 (or 413) and a message, never with 500. */
let runtime: LocalRuntime;
let host: RunningHost;
let base: string;

beforeAll(async () => {
  runtime = createLocalRuntime();
  host = await startHost({ runtime, appRoot: join(__dirname, '../../..'), users: hostUsers(runtime.site) });
  base = host.url;
});
afterAll(async () => {
  await host.close();
  runtime.close();
});

const invoke = (body: string) =>
  fetch(`${base}/__forge/invoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
const portfolioGet = (payload: unknown) =>
  JSON.stringify({
    user: 'avery.lead@acme-demo.test',
    moduleKey: 'portfolio',
    key: 'portfolio.get',
    payload,
  });

async function expectRefused(response: Response, status: number, message: RegExp) {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error: { message: string } };
  expect(body.error.message).toMatch(message);
}

test('a well-formed invoke is answered 200, so the refusals below are about the body alone', async () => {
  const response = await invoke(portfolioGet({}));
  expect(response.status).toBe(200);
  expect(((await response.json()) as { result: { ok: boolean } }).result.ok).toBe(true);
});

test('malformed JSON is a 400 that says the body is not JSON', async () => {
  await expectRefused(await invoke('{"user": "avery.lead@acme-demo.test",'), 400, /not valid JSON/);
});

test('a body that is not an object is a 400', async () => {
  await expectRefused(await invoke('[1,2,3]'), 400, /must be a JSON object/);
});

test('a payload nested 5,000 levels deep is a 400 naming the limit, not a stack overflow', async () => {
  const deep = '['.repeat(5000) + ']'.repeat(5000);
  const body = portfolioGet({}).replace('"payload":{}', `"payload":{"x":${deep}}`);
  await expectRefused(await invoke(body), 400, /nests deeper than 64 levels/);
});

test('a body over Forge’s 500 KB payload limit is a 413', async () => {
  const body = portfolioGet({ text: 'x'.repeat(600 * 1024) });
  const response = await invoke(body);
  // The body was not read to its end, so the connection is closed, never reused by the next request.
  expect(response.headers.get('connection')).toBe('close');
  await expectRefused(response, 413, /500 KB payload limit/);
});

test('an unknown demo user or module is a 400 that lists what exists', async () => {
  const unknownUser = JSON.stringify({
    user: 'nobody@example.test',
    moduleKey: 'portfolio',
    key: 'portfolio.get',
  });
  await expectRefused(
    await invoke(unknownUser),
    400,
    /Unknown demo user nobody@example.test; known: avery.lead/,
  );
  const unknownModule = JSON.stringify({ user: 'avery.lead@acme-demo.test', moduleKey: 'nope', key: 'x' });
  await expectRefused(await invoke(unknownModule), 400, /no module 'nope'/);
});
