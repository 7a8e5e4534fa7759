import type { Deps } from '../../deps';
import type { JiraProject } from '../../jira';
import type { JobAdvance, StoredJob } from '../../store';
import { contributionsOfEpics, refreshContributions, type RefreshOutcome } from '../snapshots';
import { backfillStep, firstPropertyCursor, type PropertyCursor } from './property-backfill';
import type { JobHandler } from './types';

/**
 * Linked epics per step: about 5 bulk fetches and their child searches, then the snapshot writes
 * (~3.5 s with 100 ms per Jira and 20 ms per storage request), far inside the 55 s limit.
 */
export const EPICS_PER_STEP = 500;
/** Projects counted per step: one approximate count each, 4 at a time (~2.5 s with Jira slow). */
const PROJECTS_PER_STEP = 100;

/**
 * Where a refresh resumes. First the links (every stored contribution, a stretch of the list index
 * a step; or, for the daily reconcile, the changed epics still to do), then the open-epic counts
 * of the projects (every project a page a step, or the changed ones).
 */
export type RefreshCursor = {
  outcome: RefreshOutcome;
  /** Projects seen so far when counting every project: the last page zeroes the rest. */
  seen: string[];
} & (
  | { phase: 'links'; from: string | null }
  /** The full refresh, after the links: every linked epic's issue property (issue 11). */
  | { phase: 'properties'; property: PropertyCursor }
  | { phase: 'epics'; epicIds: string[] }
  | { phase: 'projects'; startAt: number }
  | { phase: 'changed-projects'; startAt: number }
);

/** The daily reconcile's arguments: the projects where an epic itself changed (recounted last); null: every project. */
export interface ReconcileArgs extends Record<string, unknown> {
  projects: JiraProject[] | null;
}

const NOTHING_YET: RefreshOutcome = { refreshed: 0, removed: 0, skipped: 0 };

/** A recount's only phase: every project's open epics. */
export const everyProject = (): RefreshCursor => ({
  phase: 'projects',
  startAt: 0,
  outcome: NOTHING_YET,
  seen: [],
});

/** The full refresh's first cursor: every link, then every project. */
export const everyLink = (): RefreshCursor => ({
  phase: 'links',
  from: null,
  outcome: NOTHING_YET,
  seen: [],
});

/** The daily reconcile's first cursor: these changed epics, then the projects of its arguments. */
export const changedEpics = (epicIds: string[]): RefreshCursor => ({
  phase: 'epics',
  epicIds,
  outcome: NOTHING_YET,
  seen: [],
});

/** Both the admin's "refresh now" (kind `refresh`) and the daily reconcile (kind `reconcile`). */
export const refreshJob: JobHandler<RefreshCursor> = {
  /** Snapshots and counts are written as they are read: what was done stays done. */
  stopped(job) {
    if (job.kind === 'count')
      return 'Some products were counted before it stopped; the others keep their earlier open-epic counts.';
    const epics = `${job.done} linked epics were refreshed before it stopped`;
    if (job.cursor.phase === 'properties')
      return 'Every linked epic was refreshed; writing the market layer to the epics in Jira did not finish. Run it again to finish.';
    return job.cursor.phase === 'links' || job.cursor.phase === 'epics'
      ? `${epics}; the others keep their earlier snapshots. Run it again to finish.`
      : `Every linked epic was refreshed; counting the open epics of the products did not finish. Run it again to finish.`;
  },

  async step(deps, job) {
    const cursor = job.cursor;
    switch (cursor.phase) {
      case 'links':
        return refreshLinks(deps, job, cursor);
      case 'epics':
        return refreshEpics(deps, job, cursor);
      case 'properties':
        return writeProperties(deps, job, cursor);
      case 'projects':
        return countProjectPage(deps, job, cursor);
      case 'changed-projects':
        return countChangedProjects(deps, job, cursor);
    }
  },
};

type Step<P extends RefreshCursor['phase']> = (
  deps: Deps,
  job: StoredJob<RefreshCursor>,
  cursor: Extract<RefreshCursor, { phase: P }>,
) => Promise<JobAdvance<RefreshCursor>>;

const refreshLinks: Step<'links'> = async (deps, job, cursor) => {
  const { records, next } = await deps.store.contributions.listStretch(cursor.from, EPICS_PER_STEP);
  const outcome = add(cursor.outcome, await refreshContributions(deps, records));
  const done = job.done + records.length;
  if (next !== null) return { done, cursor: { ...cursor, from: next, outcome } };
  return {
    done,
    total: done,
    stage: 'writing the market layer to linked epics in Jira',
    cursor: { phase: 'properties', property: firstPropertyCursor(), outcome, seen: [] },
  };
};

/** Every linked epic's `market-layer` property, then none on epics no longer linked; then the counts. */
const writeProperties: Step<'properties'> = async (deps, job, cursor) => {
  const { cursor: property, stage, finished } = await backfillStep(deps, cursor.property);
  if (!finished) return { done: job.done, stage, cursor: { ...cursor, property } };
  return {
    done: job.done,
    stage: 'counting the open epics of every product',
    cursor: { phase: 'projects', startAt: 0, outcome: cursor.outcome, seen: [] },
  };
};

const refreshEpics: Step<'epics'> = async (deps, job, cursor) => {
  const now = cursor.epicIds.slice(0, EPICS_PER_STEP);
  const rest = cursor.epicIds.slice(EPICS_PER_STEP);
  const outcome = add(
    cursor.outcome,
    await refreshContributions(deps, await contributionsOfEpics(deps, now)),
  );
  const done = job.done + now.length;
  if (rest.length > 0) return { done, cursor: { ...cursor, epicIds: rest, outcome } };
  const everyProject = (job.args as ReconcileArgs).projects === null;
  return {
    done,
    cursor: everyProject
      ? { phase: 'projects', startAt: 0, outcome, seen: [] }
      : { phase: 'changed-projects', startAt: 0, outcome, seen: [] },
  };
};

const countProjectPage: Step<'projects'> = async (deps, job, cursor) => {
  const settings = await deps.store.settings.get();
  const { projects, next } = await deps.jira.listProjectPage('app', cursor.startAt);
  const seen = [...cursor.seen, ...projects.map((p) => p.id)];
  const counts = await deps.jira.openEpicCounts(projects, settings.epicIssueTypes, 'app');
  await deps.store.readModel.storeOpenEpicCounts(
    counts.map((c) => ({ projectId: c.id, projectKey: c.key, projectName: c.name, openEpics: c.openEpics })),
    deps.now().toISOString(),
    next === null ? new Set(seen) : null,
  );
  if (next !== null) return { done: job.done, cursor: { ...cursor, startAt: next, seen } };
  return finish(deps, job, cursor.outcome, seen.length);
};

const countChangedProjects: Step<'changed-projects'> = async (deps, job, cursor) => {
  const settings = await deps.store.settings.get();
  const projects = (job.args as ReconcileArgs).projects ?? [];
  const now = projects.slice(cursor.startAt, cursor.startAt + PROJECTS_PER_STEP);
  const counts = await deps.jira.openEpicCounts(now, settings.epicIssueTypes, 'app');
  await deps.store.readModel.storeOpenEpicCounts(
    counts.map((c) => ({ projectId: c.id, projectKey: c.key, projectName: c.name, openEpics: c.openEpics })),
    deps.now().toISOString(),
    null,
  );
  const next = cursor.startAt + now.length;
  if (next < projects.length) return { done: job.done, cursor: { ...cursor, startAt: next } };
  return finish(deps, job, cursor.outcome, projects.length);
};

/**
 * The last step. After a refresh or a reconcile, the next daily reconcile asks Jira only for what
 * changed since this job started; a recount refreshed no link, so it leaves that alone.
 */
async function finish(
  deps: Deps,
  job: StoredJob<RefreshCursor>,
  outcome: RefreshOutcome,
  projects: number,
): Promise<JobAdvance<RefreshCursor>> {
  if (job.kind === 'count')
    return {
      done: projects,
      cursor: job.cursor,
      finished: { state: 'done', message: `${projects} products counted` },
    };
  await deps.store.reconcileCursor.set(job.startedAt);
  const parts = [
    `${outcome.refreshed} linked epics refreshed`,
    outcome.removed > 0 ? `${outcome.removed} links to deleted epics removed` : null,
    outcome.skipped > 0 ? `${outcome.skipped} left for the next run (Jira did not answer)` : null,
    `${projects} products counted`,
  ];
  return {
    done: job.done,
    cursor: job.cursor,
    finished: { state: 'done', message: parts.filter(Boolean).join(' · ') },
  };
}

function add(a: RefreshOutcome, b: RefreshOutcome): RefreshOutcome {
  return {
    refreshed: a.refreshed + b.refreshed,
    removed: a.removed + b.removed,
    skipped: a.skipped + b.skipped,
  };
}
