import type { JobStatus } from '../../../src/contract';
import { DEMO_USERS, generateSite } from '../../../local/demo';
import { scaleBackup } from '../../../local/demo/scale-portfolio';
import { EPICS_PER_STEP } from '../../../src/resolvers/jobs/refresh';
import { LINKS_PER_PROPERTY_STEP, STALE_PER_STEP } from '../../../src/resolvers/jobs/property-backfill';
import { startApp, type TestApp } from '../../support/app';

/**
 * Issue 8: the full refresh runs as background work, a bounded step at a time, so it never
 * meets a function's time limit however many epics are linked: links a stretch of 500 a step,
 * then every linked epic's issue property (1,000 links a step, then a page of 1,000 epics that
 * carry it a step, to find those no longer linked), then projects a page of 100 a step.
 */
jest.setTimeout(120_000);

const site = generateSite({ projects: 130, epicsPerProject: 12, childrenPerEpic: 1 });
const backup = scaleBackup(site, {
  markets: 4,
  priorities: 20,
  solutions: 90,
  productsPerSolution: [4, 12],
  epicsPerCell: 2,
});
const links = backup.contributions.length;
const linkedEpics = new Set(backup.contributions.map((c) => c.epicId)).size;

let app: TestApp;
beforeAll(async () => {
  app = startApp({ site });
  const imported = await app.callAs('portfolioLead', 'settings', 'admin.import', { backup });
  expect(imported.ok).toBe(true);
});
afterAll(() => app.close());

async function call<T>(key: 'admin.refreshSnapshots' | 'jobs.list', role: 'portfolioLead' | 'viewer') {
  const result = await app.callAs(role, 'portfolio', key, {});
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data as T;
}

test('the portfolio is large enough that the refresh needs several steps of each kind', () => {
  expect(links).toBeGreaterThan(2 * EPICS_PER_STEP);
  expect(site.projects.length).toBeGreaterThan(100);
});

test('a refresh answers at once with its job, runs in bounded steps, and everyone sees it finish', async () => {
  const started = await call<JobStatus>('admin.refreshSnapshots', 'portfolioLead');
  expect(started).toMatchObject({
    kind: 'refresh',
    state: 'running',
    done: 0,
    unit: 'linked epics',
    startedBy: DEMO_USERS.portfolioLead,
  });
  // Asking again while it runs answers the same job: no second refresh piles up.
  expect((await call<JobStatus>('admin.refreshSnapshots', 'portfolioLead')).id).toBe(started.id);
  expect((await call<JobStatus[]>('jobs.list', 'viewer'))[0]).toMatchObject({
    id: started.id,
    state: 'running',
  });

  const jiraBefore = app.rt.jiraTraffic.length;
  const report = await app.rt.deliverJobs();

  const linkSteps = Math.ceil(links / EPICS_PER_STEP);
  const projectSteps = Math.ceil(site.projects.length / 100);
  const propertySteps = Math.ceil(links / LINKS_PER_PROPERTY_STEP) + Math.ceil(linkedEpics / STALE_PER_STEP);
  expect(report).toMatchObject({
    delivered: linkSteps + propertySteps + projectSteps,
    failed: 0,
    retried: 0,
  });
  // Each step asks Jira about its own stretch only: on average no more than a link step needs.
  const perStep = (app.rt.jiraTraffic.length - jiraBefore) / report.delivered;
  expect(perStep).toBeLessThan(EPICS_PER_STEP / 4);

  const [job] = await call<JobStatus[]>('jobs.list', 'viewer');
  expect(job).toMatchObject({ id: started.id, state: 'done', done: links, total: links });
  expect(job.message).toBe(`${links} linked epics refreshed · ${site.projects.length} products counted`);
  expect(Object.keys(job)).not.toContain('cursor');
});

test('only managers start a refresh', async () => {
  const refused = await app.callAs('viewer', 'portfolio', 'admin.refreshSnapshots', {});
  expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('the next daily reconcile recounts only the projects where an epic changed, 100 a step', async () => {
  const changedProjects = site.projects.slice(0, 120);
  for (const project of changedProjects) {
    const epic = site.issues.find((i) => i.projectId === project.id && !i.parentId)!;
    app.rt.jira.updateIssue(epic.id, { summary: 'Changed while no event arrived' });
  }
  const counted: string[] = [];
  const jiraBefore = app.rt.jiraTraffic.length;
  const started = (await app.rt.schedule('daily-reconcile')) as JobStatus;
  const report = await app.rt.deliverJobs();

  for (const t of app.rt.jiraTraffic.slice(jiraBefore))
    if (t.request.path.endsWith('/approximate-count'))
      counted.push((t.request.body as { jql: string }).jql.match(/project in \("(\d+)"\)/)![1]);
  expect(counted.sort()).toEqual(changedProjects.map((p) => p.id).sort());
  // One step for the changed linked epics, then the 120 projects in steps of 100.
  expect(report).toMatchObject({ delivered: 1 + 2, failed: 0 });
  const [job] = await call<JobStatus[]>('jobs.list', 'viewer');
  expect(job).toMatchObject({ id: started.id, kind: 'reconcile', state: 'done' });
  expect(job.message).toMatch(/ · 120 products counted$/);
});
