import type { Backup, JobStatus, Result } from '../../../src/contract';
import { generateSite } from '../../../local/demo';
import { scaleBackup } from '../../../local/demo/scale-portfolio';
import { createDeps } from '../../../src/deps';
import {
  backfillStep,
  firstPropertyCursor,
  LINKS_PER_PROPERTY_STEP,
  type PropertyCursor,
} from '../../../src/resolvers/jobs/property-backfill';
import { syncEpicLayers } from '../../../src/resolvers/layer/sync';
import { startApp, type TestApp } from '../../support/app';
import { seedPortfolio } from '../../support/seed';
import { epicsOf } from '../../support/site';

/**
 * Issue 11, the backfill: a full refresh and an import (re)write the `market-layer` property of
 * every linked epic from the directory and the links alone, and delete it from epics that carry
 * it but are no longer linked; each step's storage and Jira requests stay the same whatever the
 * portfolio's size.
 */
jest.setTimeout(240_000);
const KEY = 'market-layer';

let app: TestApp;
afterEach(() => app?.close());

/** The emulated site's issues as Jira holds them now (properties included). */
const issuesOf = (a: TestApp) => a.rt.site.issues.map((issue) => a.rt.jira.getIssue(issue.key)!);

const propertiesOf = (a: TestApp) =>
  new Map(
    issuesOf(a)
      .filter((issue) => issue.properties && KEY in issue.properties)
      .map((issue) => [issue.key, issue.properties![KEY]] as const),
  );

function unwrap<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data as T;
}

async function lastJob(a: TestApp): Promise<JobStatus> {
  return unwrap<JobStatus[]>(await a.callAs('viewer', 'portfolio', 'jobs.list', {}))[0];
}

test('a full refresh writes the property of every linked epic (as the link would) and removes it where no link is left', async () => {
  app = startApp();
  await seedPortfolio(app);
  const written = propertiesOf(app);
  expect(written.size).toBe(5);
  // Epics linked before this version carry nothing; another carries a property no link explains.
  for (const issue of issuesOf(app)) delete issue.properties?.[KEY];
  const stray = epicsOf(app.rt, 'PLAT', { open: true })[3];
  app.rt.jira.setIssueProperty(stray.key, KEY, { solutionIds: ['sol_gone000000'], solutions: ['Old'] });

  unwrap(await app.callAs('portfolioLead', 'settings', 'admin.refreshSnapshots', {}));
  await app.rt.deliverJobs({ fastForward: true });

  // The same values the link's own path (from the records) wrote, from the directory and links.
  expect(propertiesOf(app)).toEqual(written);
  expect(app.rt.jira.getIssue(stray.key)?.properties?.[KEY]).toBeUndefined();
  expect(await lastJob(app)).toMatchObject({ kind: 'refresh', state: 'done' });
});

test('an import of a smaller backup leaves the property only on the epics it links', async () => {
  app = startApp();
  const s = await seedPortfolio(app);
  const backup = unwrap<Backup>(await app.callAs('portfolioLead', 'settings', 'admin.export', {}));
  const extra = epicsOf(app.rt, 'PLAT', { open: true })[1];
  unwrap(
    await app.callAs('portfolioLead', 'portfolio', 'contribution.link', {
      solutionId: s.solutions.citizenPortal.id,
      issue: extra.key,
    }),
  );
  await app.rt.deliverJobs({ fastForward: true });
  expect(app.rt.jira.getIssue(extra.key)?.properties?.[KEY]).toMatchObject({ solutions: ['Citizen portal'] });

  unwrap(await app.callAs('portfolioLead', 'settings', 'admin.import', { backup }));
  await app.rt.deliverJobs({ fastForward: true });

  expect(app.rt.jira.getIssue(extra.key)?.properties?.[KEY]).toBeUndefined();
  expect([...propertiesOf(app).keys()].sort()).toEqual(
    Object.values(s.epics)
      .map((e) => e.key)
      .sort(),
  );
});

interface StepCost {
  part: PropertyCursor['part'];
  kvs: number;
  jira: number;
}

/** Runs the backfill step by step as the job would, counting each step's requests. */
async function backfillCosts(size: 1 | 2): Promise<{ steps: StepCost[]; links: number; epics: number }> {
  const site = generateSite({ projects: 130, epicsPerProject: 12 * size, childrenPerEpic: 1 });
  const backup = scaleBackup(site, {
    markets: 4,
    priorities: 20,
    solutions: 90,
    productsPerSolution: [4, 12],
    epicsPerCell: 2 * size,
  });
  app = startApp({ site });
  unwrap(await app.callAs('portfolioLead', 'settings', 'admin.import', { backup }));
  await app.rt.deliverJobs({ fastForward: true });
  for (const issue of issuesOf(app)) delete issue.properties?.[KEY];
  const deps = createDeps();
  const steps: StepCost[] = [];
  let cursor: PropertyCursor = firstPropertyCursor();
  for (;;) {
    const kvs = app.rt.kvs.operationCount;
    const jira = app.rt.jiraTraffic.length;
    const step = await backfillStep(deps, cursor);
    steps.push({
      part: cursor.part,
      kvs: app.rt.kvs.operationCount - kvs,
      jira: app.rt.jiraTraffic.length - jira,
    });
    cursor = step.cursor;
    if (step.finished) break;
  }
  const epics = new Set(backup.contributions.map((c) => c.epicId));
  expect(propertiesOf(app).size).toBe(epics.size);
  // A sample rewritten from the records (the link's path) gives the same values.
  const sample = [...epics].slice(0, 20);
  const before = propertiesOf(app);
  await syncEpicLayers(deps, sample);
  expect(propertiesOf(app)).toEqual(before);
  return { steps, links: backup.contributions.length, epics: epics.size };
}

test('each backfill step costs the same storage and Jira requests at twice the portfolio', async () => {
  const small = await backfillCosts(1);
  app.close();
  const large = await backfillCosts(2);
  const most = (costs: StepCost[], part: StepCost['part']) => {
    const of = costs.filter((c) => c.part === part);
    return {
      steps: of.length,
      kvs: Math.max(...of.map((c) => c.kvs)),
      jira: Math.max(...of.map((c) => c.jira)),
    };
  };
  // A write step: one batch of the directory and ten pages of links; at most ten bulk writes.
  // A clean-up step: the linked-epic ids (one batch of 32 values: two requests) and one search.
  for (const run of [small, large]) {
    expect(most(run.steps, 'write')).toMatchObject({ kvs: 11 });
    expect(most(run.steps, 'write').jira).toBeLessThanOrEqual(LINKS_PER_PROPERTY_STEP / 100);
    expect(most(run.steps, 'stale')).toMatchObject({ kvs: 2, jira: 1 });
  }
  expect(large.links).toBeGreaterThan(2 * LINKS_PER_PROPERTY_STEP);
  expect(most(large.steps, 'write').steps).toBeGreaterThan(most(small.steps, 'write').steps);
  if (process.env.SHOW_COSTS)
    console.log(
      JSON.stringify({
        small: { ...small, steps: undefined, cost: small.steps },
        large: { links: large.links, epics: large.epics, cost: large.steps },
      }),
    );
});
