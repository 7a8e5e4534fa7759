import type { Deps } from '../../deps';
import { SHARDS } from '../../domain';

/**
 * The import's last work before tidying up: the portfolio summary (read model) rebuilt from the
 * records just written, a bounded step at a time (src/store/read-model/rebuild.ts): pages of
 * records leave parts per shard, then each shard is assembled from its parts. Until then views
 * show old figures (the job says so).
 *
 * A change made while it runs (a link, a rename, Jira's counts) writes the old shards. So the
 * rebuild notes every shard's version when it begins and writes a shard only if it is still at
 * that version; otherwise it begins again (a new round, fresh parts), at most MAX_ROUNDS times in
 * one run of the job, after which the job stops saying so (resuming begins a new round).
 */
export type RebuildCursor =
  | {
      phase: 'rebuild';
      round: number;
      /** Rounds begun again in this run of the job. */
      restarts: number;
      /** Each shard's version when the round began; null until noted (the round's first step). */
      versions: (number | null)[] | null;
      source: number;
      from: string | null;
      /** The page's number in the round: its parts' keys, the same when a step is delivered again. */
      seq: number;
    }
  | { phase: 'assemble'; round: number; restarts: number; versions: (number | null)[]; shard: number };

const MAX_ROUNDS = 5;

export const firstRebuildCursor = (round = 0): RebuildCursor => ({
  phase: 'rebuild',
  round,
  restarts: 0,
  versions: null,
  source: 0,
  from: null,
  seq: 0,
});

/** A stopped rebuild resumed: a new round (the parts of the old one may be stale). */
export const resumedRebuild = (cursor: RebuildCursor): RebuildCursor => firstRebuildCursor(cursor.round + 1);

export type RebuildAdvance = { cursor: RebuildCursor } | { sealed: true } | { stopped: string };

/** One step of the rebuild of import `importId` from `cursor`. */
export async function rebuildStep(
  deps: Deps,
  importId: string,
  cursor: RebuildCursor,
): Promise<RebuildAdvance> {
  const stepwise = deps.store.readModel.stepwise;
  const run = `${importId}:${cursor.round}`;
  if (cursor.phase === 'rebuild') {
    if (cursor.versions === null) return { cursor: { ...cursor, versions: await stepwise.noteVersions() } };
    const { next } = await stepwise.page(run, cursor.source, cursor.from, cursor.seq);
    const seq = cursor.seq + 1;
    if (next !== null) return { cursor: { ...cursor, from: next, seq } };
    if (cursor.source + 1 < stepwise.sources)
      return { cursor: { ...cursor, source: cursor.source + 1, from: null, seq } };
    const { round, restarts, versions } = cursor;
    return { cursor: { phase: 'assemble', round, restarts, versions, shard: 0 } };
  }
  const outcome = await stepwise.assemble(run, cursor.shard, cursor.versions[cursor.shard]);
  if (outcome === 'changed') {
    if (cursor.restarts + 1 >= MAX_ROUNDS)
      return {
        stopped: `The portfolio summary changed ${MAX_ROUNDS} times while it was being rebuilt (people or Jira changing the market layer meanwhile). Every record of the backup is written; views may show old figures until the import is resumed on the settings page.`,
      };
    return { cursor: { ...firstRebuildCursor(cursor.round + 1), restarts: cursor.restarts + 1 } };
  }
  if (cursor.shard + 1 < SHARDS) return { cursor: { ...cursor, shard: cursor.shard + 1 } };
  await stepwise.seal();
  return { sealed: true };
}
