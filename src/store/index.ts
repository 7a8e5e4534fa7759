/**
 * The store: repositories on Forge custom entities (@forge/kvs). The only module that imports
 * @forge/kvs. Wire it by hand: `const store = createStore({ now: () => new Date() })`.
 */
import type { AuditEntry } from '../contract';
import { SHARDS } from '../domain';
import { listAudit } from './audit';
import { storeContext, type StoreDeps } from './context';
import { contributionsRepository } from './contributions';
import { portfolioRepositories } from './portfolio';
import { productsRepository } from './products';
import { readAll } from './read-all';
import { cascadeStep, type CascadeProgress, type DeletableType } from './cascade';
import { beginDelete } from './deletes';
import { backupRepository } from './backup';
import { enqueueJobStep, enqueueLayerEvent } from './job-queue';
import { jobsRepository, type NewJob } from './jobs';
import { reconcileCursor } from './reconcile-cursor';
import { settingsRepository } from './settings';
import {
  rebuildReadModel,
  refreshReadModel,
  sealReadModel,
  storeOpenEpicCounts,
} from './read-model/maintain';
import { assembleShardOf, dropRebuildParts, rebuildPage, REBUILD_SOURCES } from './read-model/rebuild';
import { readNeighbourhood } from './read-model/neighbourhood';
import {
  readDirectory,
  readForWrite,
  readLanding,
  readLandingVersions,
  readLinkedEpicIds,
  readLinkedEpicIdsOf,
} from './read-model/shards';
import { removeContributionsForEpic, updateSnapshots, type SnapshotChange } from './snapshots';

export type { StoreDeps } from './context';
export type { LinkInput } from './link';
export { NEVER_SAVED_VERSION } from './settings';
export type { SnapshotChange } from './snapshots';
export type { JobAdvance, NewJob, StoredJob } from './jobs';
export type { CascadeProgress, DeletableType } from './cascade';
export type { BackgroundDelete } from './deletes';
export type { PlannedChunk, Receipt, StagedImport } from './backup';
export { planOf } from './backup';

export function createStore(deps: StoreDeps) {
  const ctx = storeContext(deps);
  return {
    ...portfolioRepositories(ctx),
    contributions: contributionsRepository(ctx),
    products: productsRepository(ctx),
    settings: settingsRepository(ctx),
    /** One record's history, newest first. */
    listAudit: (
      entityType: AuditEntry['entityType'],
      entityId: string,
      max?: number,
    ): Promise<AuditEntry[]> => listAudit(entityType, entityId, max),
    /** Fresh epic snapshots in transactions of ≤25 operations; returns how many were written. */
    updateSnapshots: (changes: readonly SnapshotChange[]) => updateSnapshots(ctx, changes),
    /** Unlinks a deleted epic everywhere, audited with accountId null; returns what was removed. */
    removeContributionsForEpic: (epicId: string) => removeContributionsForEpic(ctx, epicId),
    readAll,
    /** Backup export pages and the staged, job-written import. */
    backup: backupRepository(ctx),
    reconcileCursor,
    /** Marks the record as being deleted and records the background job that deletes it, in one transaction. */
    beginDelete: <C>(type: DeletableType, id: string, version: number, accountId: string, job: NewJob<C>) =>
      beginDelete(ctx, type, id, version, accountId, job),
    /** One step of a background delete: a few transactions of its next slice, leaf first. */
    cascadeStep: (
      target: { type: DeletableType; id: string },
      jobId: string,
      accountId: string,
      progress: CascadeProgress,
    ) => cascadeStep(ctx, target, jobId, accountId, progress),
    /** Background jobs: their progress records, and the queue their steps travel on. */
    jobs: { ...jobsRepository(ctx), enqueue: enqueueJobStep, enqueueLayer: enqueueLayerEvent },
    /** The portfolio's summaries (src/store/read-model/shards.ts): each view reads the part it needs. */
    readModel: {
      readLanding,
      readLinkedEpicIds,
      readLinkedEpicIdsOf,
      readDirectory,
      readNeighbourhood,
      /** Every shard whole (linked epic ids included), as a change reads them: tests compare it with a rebuild. */
      readWhole: () => readForWrite(Array.from({ length: SHARDS }, (_, i) => i)),
      rebuild: () => rebuildReadModel(ctx.stamp()),
      /** The same rebuild a bounded step at a time (an import's): src/store/read-model/rebuild.ts. */
      stepwise: {
        sources: REBUILD_SOURCES.length,
        noteVersions: readLandingVersions,
        page: rebuildPage,
        assemble: assembleShardOf,
        seal: () => sealReadModel(ctx.stamp()),
        dropParts: dropRebuildParts,
      },
      refresh: refreshReadModel,
      storeOpenEpicCounts,
    },
  };
}

export type Store = ReturnType<typeof createStore>;
