import { fail } from '../../contract';
import type { Deps } from '../../deps';
import { planOf, type JobAdvance, type PlannedChunk, type StoredJob } from '../../store';
import { recountEveryProduct } from '../reconcile';
import { firstRebuildCursor, rebuildStep, resumedRebuild, type RebuildCursor } from './import-rebuild';
import { backfillStep, firstPropertyCursor, type PropertyCursor } from './property-backfill';
import type { JobHandler } from './types';

/** Leftover parts of a rebuild's earlier rounds deleted per tidying step. */
const DROP_PER_STEP = 500;

/** Live records looked at per step of the removal (ten query pages, at most 40 transactions). */
const REMOVE_PER_STEP = 1_000;
/** Backup records written per step, at least one staged chunk (~40 transactions of 25). */
const WRITE_PER_STEP = 1_000;

/**
 * Where an import resumes. First the live records the backup does not have are removed, children
 * first; then the staged chunks are written, parents first; then the settings and the audit
 * entry; then the read model is rebuilt in bounded steps (import-rebuild.ts); then the staged copy
 * is dropped. Every step only writes what the backup says, so a repeated step (a retry) changes
 * nothing more.
 */
export type ImportCursor = { removed: number } & (
  | { phase: 'remove'; section: number; from: string | null }
  /** `next`: the plan's next chunk. */
  | { phase: 'write'; next: number }
  | { phase: 'finish' }
  | (RebuildCursor & { exportedAt?: string })
  /** Every linked epic's issue property as the backup has it, and none on the others (issue 11). */
  | { phase: 'properties'; property: PropertyCursor; exportedAt?: string }
  | { phase: 'cleanup'; exportedAt?: string }
);

export interface ImportArgs extends Record<string, unknown> {
  importId: string;
  /** Recount every product's open epics afterwards (the page's import; the one-request form leaves it to the landing). */
  recount: boolean;
  /**
   * The staged chunks in the order they are written (parents first), fixed at the commit: a
   * write step reads the parts of the chunks it writes and nothing else, so its reads and memory
   * are bounded by the chunk size, not by the backup's.
   */
  plan: PlannedChunk[];
}

export const firstImportCursor = (): ImportCursor => ({
  phase: 'remove',
  section: 0,
  from: null,
  removed: 0,
});

/** Where a stopped import resumes: where it stopped, but a rebuild begins a new round. */
export const resumeCursor = (cursor: ImportCursor): ImportCursor =>
  cursor.phase === 'rebuild' || cursor.phase === 'assemble'
    ? { ...resumedRebuild(cursor), removed: cursor.removed, exportedAt: cursor.exportedAt }
    : cursor;

export const importJob: JobHandler<ImportCursor> = {
  async step(deps, job) {
    const cursor = job.cursor;
    switch (cursor.phase) {
      case 'remove':
        return removeStep(deps, job, cursor);
      case 'write':
        return writeStep(deps, job, cursor);
      case 'finish': {
        const session = await sessionOf(deps, job);
        await deps.store.backup.finishImport(session, job.startedBy ?? session.startedBy);
        return {
          done: job.done,
          cursor: { ...firstRebuildCursor(), removed: cursor.removed, exportedAt: session.exportedAt },
        };
      }
      case 'properties': {
        const { cursor: property, stage, finished } = await backfillStep(deps, cursor.property);
        if (!finished) return { done: job.done, stage, cursor: { ...cursor, property } };
        return {
          done: job.done,
          stage: 'tidying up',
          cursor: { phase: 'cleanup', removed: cursor.removed, exportedAt: cursor.exportedAt },
        };
      }
      case 'rebuild':
      case 'assemble': {
        const { importId } = job.args as ImportArgs;
        const { removed, exportedAt } = cursor;
        const advance = await rebuildStep(deps, importId, cursor);
        if ('stopped' in advance)
          return { done: job.done, cursor, finished: { state: 'failed', message: advance.stopped } };
        if ('sealed' in advance)
          return {
            done: job.done,
            stage: 'writing the market layer to linked epics in Jira',
            cursor: { phase: 'properties', property: firstPropertyCursor(), removed, exportedAt },
          };
        return { done: job.done, cursor: { ...advance.cursor, removed, exportedAt } };
      }
      case 'cleanup':
        return cleanup(deps, job);
    }
  },

  stopped(job) {
    return `${dataState(job)} Resume the import on the settings page to finish it: the uploaded backup is kept.`;
  },
};

/** What a stopped import has left in the market layer, from how far its cursor got. */
function dataState(job: StoredJob<ImportCursor>): string {
  const cursor = job.cursor;
  const removed =
    cursor.removed > 0 ? `${count(cursor.removed)} records the backup does not have were removed` : '';
  switch (cursor.phase) {
    case 'remove':
      // The step that failed may have removed some before it stopped: say so, not "nothing".
      return `Nothing of the backup is written yet${removed ? `; ${removed}` : ''}; more records it does not have may have been removed.`;
    case 'write':
      return `The market layer is partly replaced: at least ${count(job.done)} of ${count(job.total ?? 0)} records of the backup are written${removed ? `, and ${removed}` : ''}.`;
    case 'finish':
      return 'Every record of the backup is written, but the settings and the portfolio summary are not yet: views may show old figures.';
    case 'rebuild':
    case 'assemble':
      return 'Every record of the backup and its settings are written, but the portfolio summary is only partly rebuilt: views may show old figures.';
    case 'properties':
      return 'The backup is imported; writing the market layer to the linked epics in Jira did not finish.';
    case 'cleanup':
      return 'The backup is imported; only removing its uploaded copy did not finish.';
  }
}

const count = (n: number) => n.toLocaleString('en');

type Step<P extends ImportCursor['phase']> = (
  deps: Deps,
  job: StoredJob<ImportCursor>,
  cursor: Extract<ImportCursor, { phase: P }>,
) => Promise<JobAdvance<ImportCursor>>;

/**
 * Keeps what the backup has: the index of that section's chunks (each record's key and
 * references), not their records. This grows with the section (about 40 bytes a record), unlike a write step.
 */
const removeStep: Step<'remove'> = async (deps, job, cursor) => {
  const { importId } = job.args as ImportArgs;
  const section = deps.store.backup.removeSection(cursor.section);
  const receipts = (await deps.store.backup.staging.receipts(importId)).filter((r) => r.section === section);
  const backup = new Map(
    (await deps.store.backup.staging.readIndex(importId, receipts)).flatMap((entries) =>
      entries.map((entry) => [entry[0], entry] as const),
    ),
  );
  const { removed, next } = await deps.store.backup.removeStale(
    cursor.section,
    cursor.from,
    backup,
    REMOVE_PER_STEP,
  );
  const total = cursor.removed + removed;
  if (next !== null) return { done: 0, cursor: { ...cursor, from: next, removed: total } };
  if (cursor.section + 1 < deps.store.backup.REMOVE_SECTIONS)
    return { done: 0, cursor: { phase: 'remove', section: cursor.section + 1, from: null, removed: total } };
  return { done: 0, stage: 'writing the backup', cursor: { phase: 'write', next: 0, removed: total } };
};

const writeStep: Step<'write'> = async (deps, job, cursor) => {
  const { importId } = job.args as ImportArgs;
  // A job started by an earlier version has no plan: the receipts say the same, read once a step.
  const plan =
    (job.args as Partial<ImportArgs>).plan ??
    deps.store.backup.writeOrder(await deps.store.backup.staging.receipts(importId)).map(planOf);
  const now: PlannedChunk[] = [];
  let records = 0;
  for (const planned of plan.slice(cursor.next)) {
    const [, , count] = planned;
    if (now.length > 0 && records + count > WRITE_PER_STEP) break;
    now.push(planned);
    records += count;
  }
  const written = await deps.store.backup.writeStaged(
    await deps.store.backup.staging.readChunks(importId, now),
  );
  const next = cursor.next + now.length;
  const done = job.done + written;
  if (next < plan.length) return { done, cursor: { ...cursor, next } };
  return {
    done,
    stage: 'rebuilding the portfolio summary',
    cursor: { phase: 'finish', removed: cursor.removed },
  };
};

/**
 * Drops the uploaded copy, then finishes. Idempotent: a retry after the copy was dropped (the step
 * failed later, recording its progress) finds no session of this import and only finishes.
 */
async function cleanup(deps: Deps, job: StoredJob<ImportCursor>): Promise<JobAdvance<ImportCursor>> {
  const { importId, recount } = job.args as ImportArgs;
  const cursor = job.cursor as Extract<ImportCursor, { phase: 'cleanup' }>;
  // Parts of rebuild rounds begun again (a round's own are deleted as its shards are written).
  if ((await deps.store.readModel.stepwise.dropParts(importId, DROP_PER_STEP)) === DROP_PER_STEP)
    return { done: job.done, cursor };
  const session = await deps.store.backup.staging.session();
  if (session?.id === importId) await deps.store.backup.staging.drop(importId);
  if (recount && job.startedBy) await recountEveryProduct(deps, job.startedBy);
  const removed =
    job.cursor.removed > 0 ? ` · ${count(job.cursor.removed)} records it did not have removed` : '';
  return {
    done: job.done,
    cursor: job.cursor,
    finished: {
      state: 'done',
      message: `${count(job.done)} records imported from a backup exported ${cursor.exportedAt ?? session?.exportedAt}${removed}`,
    },
  };
}

async function sessionOf(deps: Deps, job: StoredJob<ImportCursor>) {
  const session = await deps.store.backup.staging.session();
  const { importId } = job.args as ImportArgs;
  if (session?.id !== importId) fail('NOT_FOUND', 'The uploaded backup of this import is gone.');
  return session!;
}
