import { join } from 'node:path';
import { kvs } from '@forge/kvs';
import { DEMO_USERS } from '../../../local/demo';
import { createLocalRuntime, type LocalRuntime } from '../../../local/runtime';

const appRoot = join(__dirname, '../../fixtures/echo-app');
const page = { type: 'jira:globalPage' };
let rt: LocalRuntime;

beforeEach(() => {
  rt = createLocalRuntime({ appRoot });
});
afterEach(() => rt.close());

describe('local Forge runtime: handlers invoked as Forge does', () => {
  it('gives a resolver the caller from the runtime and runs asUser() as that caller', async () => {
    const result = (await rt.invoke(
      'echo-page',
      'whoami',
      {},
      { accountId: DEMO_USERS.productManager, extension: page },
    )) as {
      accountId: string;
      extension: unknown;
      moduleKey: string;
      myself: { accountId: string; displayName: string };
    };
    expect(result.accountId).toBe(DEMO_USERS.productManager);
    expect(result.extension).toEqual(page);
    expect(result.moduleKey).toBe('echo-page');
    expect(result.myself).toMatchObject({ accountId: DEMO_USERS.productManager, displayName: 'Priya Patel' });
  });

  it('keeps concurrent invocations apart: each asUser() call is its own caller', async () => {
    const users = [DEMO_USERS.portfolioLead, DEMO_USERS.viewer, DEMO_USERS.engineeringLead];
    const results = await Promise.all(
      users.map((accountId) => rt.invoke('echo-page', 'whoami', {}, { accountId, extension: page })),
    );
    expect(results.map((r) => (r as { myself: { accountId: string } }).myself.accountId)).toEqual(users);
  });

  it('stores through the real @forge/kvs into SQLite, with custom entity indexes', async () => {
    await rt.invoke(
      'echo-page',
      'note.save',
      { text: 'first' },
      { accountId: DEMO_USERS.viewer, extension: page },
    );
    const texts = await rt.invoke(
      'echo-page',
      'note.save',
      { text: 'second' },
      { accountId: DEMO_USERS.viewer, extension: page },
    );
    expect(texts).toEqual(['second']);
    expect(rt.kvs.dump().entities.note[`note-${DEMO_USERS.viewer}`].value).toEqual({
      owner: DEMO_USERS.viewer,
      text: 'second',
    });
  });

  it('serves @forge/kvs outside any invocation too (as in a test of a store module)', async () => {
    await kvs.set('plain-key', { n: 1 });
    expect(await kvs.get('plain-key')).toEqual({ n: 1 });
    expect(await kvs.get('missing-key')).toBeUndefined();
  });

  it('answers asApp() requests with everything the app may see', async () => {
    const projects = (await rt.invoke(
      'echo-page',
      'projects.asApp',
      {},
      { accountId: DEMO_USERS.engineeringLead, extension: page },
    )) as { values: { key: string }[] };
    expect(projects.values.map((p) => p.key)).toContain('MOB');
  });

  it('delivers Jira changes to subscribed triggers as queued Forge events', async () => {
    rt.jira.updateIssue('PLAT-1', { summary: 'Renamed by a test' });
    expect(rt.pendingEvents().map((e) => e.eventType)).toEqual(['avi:jira:updated:issue']);
    expect(await rt.deliverEvents()).toBe(1);
    expect(await kvs.get('last-event')).toMatchObject({ key: 'PLAT-1' });
  });

  it('runs a scheduled trigger as the app: asUser() fails there, as in Forge', async () => {
    await rt.schedule('echo-daily');
    expect(await kvs.get('last-schedule')).toMatchObject({
      event: { context: { moduleKey: 'echo-daily' } },
      asUserFails: 'NEEDS_AUTHENTICATION_ERR',
    });
  });
});

describe('local Forge runtime: faults on demand', () => {
  it('fails the nth Jira request with 429 and Retry-After, then recovers', async () => {
    rt.faults.inject({ target: 'jira', nth: 1, kind: 'rate-limit', retryAfter: 7 });
    const { asApp, route } = await import('@forge/api');
    const first = await asApp().requestJira(route`/rest/api/3/myself`);
    expect(first.status).toBe(429);
    expect(first.headers.get('Retry-After')).toBe('7');
    const second = await asApp().requestJira(route`/rest/api/3/myself`);
    expect(second.status).toBe(200);
  });

  it('fails a KVS operation with a server error the SDK reports by code', async () => {
    rt.faults.inject({ target: 'kvs', nth: 2, kind: 'server-error' });
    await kvs.set('a', 1);
    await expect(kvs.set('b', 2)).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(await kvs.get('b')).toBeUndefined();
  });

  it('times out a request as the platform fetch does', async () => {
    rt.faults.inject({ target: 'kvs', nth: 1, kind: 'timeout' });
    await expect(kvs.get('a')).rejects.toThrow(/timed out/);
  });
});
