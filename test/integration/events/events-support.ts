import type { EpicSnapshot, JobStatus } from '../../../src/contract';
import { STATUSES } from '../../../local/demo';
import type { SiteIssue } from '../../../local/jira';
import type { TestApp } from '../../support/app';
import { epicsOf, snapshotOf } from '../../support/site';

/** What the stored snapshot of the epic should say now, from the live site (no Jira traffic). */
export function liveSnapshot(app: TestApp, epicId: string, refreshedAt: string): EpicSnapshot {
  const rt = { ...app.rt, site: app.rt.jira.snapshot() };
  return snapshotOf(rt, rt.jira.getIssue(epicId)!, refreshedAt);
}

export const childrenOf = (app: TestApp, epicId: string): SiteIssue[] =>
  app.rt.jira.snapshot().issues.filter((i) => i.parentId === epicId);

/** Open epics of the project that have at least one child not done yet. */
export function epicsWithOpenChildren(app: TestApp, projectKey: string): SiteIssue[] {
  return epicsOf(app.rt, projectKey, { open: true }).filter((e) =>
    childrenOf(app, e.id).some((c) => c.statusId !== STATUSES.done.id),
  );
}

/** The stored contributions, read through the export a manager can run. */
export async function storedContributions(app: TestApp) {
  const result = await app.callAs('portfolioLead', 'settings', 'admin.export', {});
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data.contributions;
}

/** The background jobs as the pages see them (`jobs.list`), newest first. */
export async function jobsSeen(app: TestApp): Promise<JobStatus[]> {
  const result = await app.callAs('portfolioLead', 'portfolio', 'jobs.list', {});
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}

/**
 * Runs the scheduled reconcile, then every job step it queues (retries included, the clock moved
 * on to each), and answers the job as the pages show it at the end; null when none started.
 */
export async function reconcileToEnd(app: TestApp): Promise<JobStatus | null> {
  const started = (await app.rt.schedule('daily-reconcile')) as JobStatus | null;
  await app.rt.deliverJobs({ fastForward: true });
  if (!started) return null;
  return (await jobsSeen(app)).find((j) => j.id === started.id)!;
}
