import type { Contribution, EpicSnapshot } from '../contract';
import { AppFailure } from '../contract';
import { changedFields } from '../domain';
import { pendingAudit } from './audit';
import type { StoreContext } from './context';
import { contributionSpec, solutionSpec } from './layout';
import { getMany, listWhere } from './reads';
import { audit } from './records';
import { refreshReadModel } from './read-model/maintain';
import type { RecordChange } from './read-model/plan';
import { Writes } from './writes';

/** What Jira now says about a linked epic (from an issue event or the daily reconcile). */
export interface SnapshotChange {
  contributionId: string;
  epicKey: string;
  projectId: string;
  projectKey: string;
  snapshot: EpicSnapshot;
}

/** Two operations per contribution at most (the write and its audit entry): 12 fit in 25. */
const PER_TRANSACTION = 12;
/** A person may edit a note while the app refreshes; the app re-reads and tries again. */
const ATTEMPTS = 3;

/**
 * Writes fresh snapshots in transactions of ≤25 operations. Each chunk is atomic on its own;
 * a version conflict re-reads the chunk so a person's concurrent edit is kept, never overwritten.
 * `updatedAt`/`updatedBy` stay as the person left them; `snapshot.refreshedAt` says when the app
 * looked. An epic that moved (new key or project) gets an audit entry with accountId null.
 */
export async function updateSnapshots(ctx: StoreContext, changes: readonly SnapshotChange[]) {
  const counts = { updated: 0, unchanged: 0, missing: 0 };
  const written: RecordChange[] = [];
  for (const chunk of chunks(changes, PER_TRANSACTION)) {
    const outcome = await withRetry(() => writeSnapshotChunk(ctx, chunk));
    counts.updated += outcome.updated;
    counts.unchanged += outcome.unchanged;
    counts.missing += outcome.missing;
    written.push(...outcome.changes);
  }
  // One read-model update for the whole refresh, not one per chunk of 12.
  await refreshReadModel(written);
  return counts;
}

async function writeSnapshotChunk(ctx: StoreContext, chunk: readonly SnapshotChange[]) {
  const current = new Map(
    (
      await getMany(
        contributionSpec,
        chunk.map((c) => c.contributionId),
      )
    ).map((c) => [c.id, c]),
  );
  const at = ctx.stamp();
  const writes = new Writes('caller');
  let unchanged = 0;
  for (const change of chunk) {
    const before = current.get(change.contributionId);
    if (!before) continue;
    const { epicKey, projectId, projectKey, snapshot } = change;
    const after: Contribution = {
      ...before,
      epicKey,
      projectId,
      projectKey,
      snapshot,
      version: before.version + 1,
    };
    const diff = changedFields(before, after);
    if (Object.keys(diff).length === 0) {
      unchanged += 1;
      continue;
    }
    writes.put(contributionSpec, after, { version: before.version }, before);
    const moved = changedFields(
      { epicKey: before.epicKey, projectId: before.projectId, projectKey: before.projectKey },
      { epicKey, projectId, projectKey },
    );
    if (Object.keys(moved).length > 0) {
      const summary = `Epic ${before.epicKey} moved in Jira; it is now ${epicKey}`;
      writes.audit(
        pendingAudit(at, audit(contributionSpec, after, after.version, 'snapshot', null, moved, summary)),
      );
    }
  }
  await writes.commit('A linked epic changed while its snapshot was being refreshed.');
  const missing = chunk.length - current.size;
  return { updated: chunk.length - missing - unchanged, unchanged, missing, changes: writes.changes };
}

/**
 * Removes every contribution of an epic deleted in Jira, recorded in the audit trail as the
 * app's doing (accountId null). Chunks of 12 (two operations each); each chunk is atomic.
 */
export async function removeContributionsForEpic(ctx: StoreContext, epicId: string): Promise<Contribution[]> {
  const removed: Contribution[] = [];
  for (;;) {
    const batch = await withRetry(() => removeSome(ctx, epicId));
    removed.push(...batch);
    if (batch.length < PER_TRANSACTION) break;
  }
  await refreshReadModel(removed.map((c) => ({ type: 'contribution', id: c.id, after: null, before: c })));
  return removed;
}

async function removeSome(ctx: StoreContext, epicId: string): Promise<Contribution[]> {
  const batch = (await listWhere(contributionSpec, 'epicId', epicId)).slice(0, PER_TRANSACTION);
  const solutions = new Map(
    (await getMany(solutionSpec, [...new Set(batch.map((c) => c.solutionId))])).map((s) => [s.id, s]),
  );
  const at = ctx.stamp();
  const writes = new Writes('caller');
  for (const c of batch) {
    const solution = solutions.get(c.solutionId);
    const summary = `Epic ${c.epicKey} was deleted in Jira, so it no longer contributes to ${solution ? solutionSpec.label(solution) : 'its solution'}`;
    writes.remove(contributionSpec, c);
    writes.audit(
      pendingAudit(
        at,
        audit(contributionSpec, c, c.version + 1, 'epic-deleted', null, changedFields(c, null), summary),
      ),
    );
  }
  await writes.commit('A contribution of the deleted epic changed while it was being removed.');
  return batch;
}

async function withRetry<T>(attempt: () => Promise<T>): Promise<T> {
  for (let i = 1; ; i += 1) {
    try {
      return await attempt();
    } catch (error) {
      const conflict = error instanceof AppFailure && error.error.code === 'CONFLICT';
      if (!conflict || i >= ATTEMPTS) throw error;
    }
  }
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
