import { generateSite } from '../../../local/demo';
import { AppFailure } from '../../../src/contract';
import { jiraHarness, type JiraHarness } from './harness';

/** The AppFailure a promise rejects with, to assert on its code, message and what was logged. */
async function failureOf(promise: Promise<unknown>): Promise<AppFailure['error']> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppFailure)) throw new Error(`Expected an AppFailure, got ${String(error)}`);
  return error.error;
}

describe('Jira failures', () => {
  let h: JiraHarness;
  beforeEach(() => {
    h = jiraHarness({ site: generateSite({ projects: 3, epicsPerProject: 50, childrenPerEpic: 1 }) });
  });
  afterEach(() => h.rt.close());
  const requests = () => h.rt.faults.counts.jira;

  it('waits as long as Retry-After says after a 429, then succeeds', async () => {
    h.rt.faults.inject({ target: 'jira', nth: 1, kind: 'rate-limit', retryAfter: 2 });
    const projects = await h.as('viewer', (j) => j.listProjects('user'));
    expect(projects).toHaveLength(3);
    expect(h.waits).toEqual([2000]);
    expect(requests()).toBe(2);
  });

  it('caps a long Retry-After at 5 s, to stay inside the 25 s a resolver has', async () => {
    h.rt.faults.inject({ target: 'jira', nth: 1, kind: 'rate-limit', retryAfter: 120 });
    await h.as('viewer', (j) => j.listProjects('user'));
    expect(h.waits).toEqual([5000]);
  });

  it('retries a 429 on the second page of a search and still returns every epic', async () => {
    h.rt.faults.inject({ target: 'jira', nth: 2, kind: 'rate-limit', retryAfter: 1, path: /search\/jql/ });
    const { issues } = await h.as('viewer', (j) =>
      j.searchEpics({ issueTypes: ['Epic'], maxResults: 50 }, 'user'),
    );
    expect(issues).toHaveLength(150);
    expect(new Set(issues.map((i) => i.id)).size).toBe(150);
    expect(h.waits).toEqual([1000]);
  });

  it('gives up after 3 retries with UNAVAILABLE saying Jira is busy', async () => {
    for (let i = 0; i < 4; i++)
      h.rt.faults.inject({ target: 'jira', nth: 1, kind: 'rate-limit', retryAfter: 1 });
    const error = await failureOf(h.as('viewer', (j) => j.listProjects('user')));
    expect(error).toEqual({
      code: 'UNAVAILABLE',
      message: 'Jira is busy and could not send projects. Please try again in a minute.',
    });
    expect(h.waits).toEqual([1000, 1000, 1000]);
    expect(requests()).toBe(4);
    expect(h.logs).toMatchObject([{ problem: 'rate-limited', status: 429, what: 'projects' }]);
  });

  it('turns a 500 into UNAVAILABLE naming what could not be loaded, without Jira’s text', async () => {
    h.rt.faults.inject({ target: 'jira', nth: 1, kind: 'server-error' });
    const error = await failureOf(h.as('viewer', (j) => j.searchEpics({ issueTypes: ['Epic'] }, 'user')));
    expect(error).toEqual({
      code: 'UNAVAILABLE',
      message: 'Could not load epics from Jira. Please try again in a moment.',
    });
    expect(error.message).not.toMatch(/internal server error/i);
    expect(h.waits).toEqual([]);
    expect(h.logs).toMatchObject([
      { problem: 'server-error', status: 500, detail: expect.stringMatching(/Internal/) },
    ]);
  });

  it('turns a timeout into UNAVAILABLE', async () => {
    h.rt.faults.inject({ target: 'jira', nth: 1, kind: 'timeout' });
    const error = await failureOf(h.as('viewer', (j) => j.checkPermissions({ projectIds: ['10000'] })));
    expect(error).toEqual({
      code: 'UNAVAILABLE',
      message: 'Could not load your permissions from Jira. Please try again in a moment.',
    });
    expect(h.logs).toMatchObject([{ problem: 'network', what: 'your permissions' }]);
  });

  it('fails the whole batch when one chunk fails, rather than returning part of it', async () => {
    const ids = h.rt.site.issues.map((i) => i.id);
    h.rt.faults.inject({ target: 'jira', nth: 2, kind: 'server-error', path: /bulkfetch/ });
    const error = await failureOf(h.as(undefined, (j) => j.snapshotsFor(ids, 'app')));
    expect(error.message).toBe('Could not load epic details from Jira. Please try again in a moment.');
  });

  it('reports JQL Jira rejects (400) as UNAVAILABLE and logs it as a bad request', async () => {
    const error = await failureOf(
      h.as('viewer', (j) => j.searchEpics({ issueTypes: ['Initiative'] }, 'user')),
    );
    expect(error.code).toBe('UNAVAILABLE');
    expect(error.message).not.toMatch(/Initiative/);
    expect(h.logs).toMatchObject([
      { problem: 'bad-request', status: 400, detail: expect.stringMatching(/Initiative/) },
    ]);
  });

  it('turns a 404 on one issue into NOT_FOUND, without naming the issue the caller may not see', async () => {
    const error = await failureOf(h.as('viewer', (j) => j.getIssue('NOPE-1', 'user')));
    expect(error).toEqual({
      code: 'NOT_FOUND',
      message: 'This issue does not exist, or you do not have permission to see it.',
    });
  });

  it('refuses to act as a user where there is none (a trigger) instead of silently acting as the app', async () => {
    const error = await failureOf(h.as(undefined, (j) => j.listProjects('user')));
    expect(error.code).toBe('UNAVAILABLE');
    expect(h.logs).toMatchObject([{ problem: 'no-user', what: 'projects' }]);
  });
});

describe('surprising answers from Jira', () => {
  let h: JiraHarness;
  beforeEach(() => {
    h = jiraHarness();
  });
  afterEach(() => {
    jest.restoreAllMocks();
    h.rt.close();
  });

  it('turns an answer of an unexpected shape into UNAVAILABLE, not a crash', async () => {
    jest.spyOn(h.rt.jira, 'handle').mockReturnValueOnce({ status: 200, body: { issues: [{ id: '1' }] } });
    const error = await failureOf(h.as('viewer', (j) => j.searchEpics({ issueTypes: ['Epic'] }, 'user')));
    expect(error.code).toBe('UNAVAILABLE');
    expect(h.logs).toMatchObject([
      { problem: 'unexpected-shape', detail: expect.stringMatching(/issues\.0\.key/) },
    ]);
  });

  it('retries a 503 that carries Retry-After', async () => {
    jest.spyOn(h.rt.jira, 'handle').mockReturnValueOnce({
      status: 503,
      headers: { 'Retry-After': '3' },
      body: { errorMessages: ['Busy'] },
    });
    await expect(h.as('viewer', (j) => j.listProjects('user'))).resolves.not.toHaveLength(0);
    expect(h.waits).toEqual([3000]);
  });

  it('keeps issues Jira failed on apart from missing ones, so they are not taken for deleted', async () => {
    const real = h.rt.site.issues[0];
    jest.spyOn(h.rt.jira, 'handle').mockReturnValueOnce({
      status: 200,
      body: {
        issues: [],
        issueErrors: [
          { id: real.id, errorMessage: 'Timeout while loading the issue.' },
          { id: '999999', errorMessage: 'Issue does not exist or you do not have permission to see it.' },
        ],
      },
    });
    const result = await h.as('viewer', (j) => j.bulkFetch([real.id, '999999'], 'user'));
    expect(result).toEqual({ issues: [], missing: ['999999'], failed: [real.id] });
  });
});
