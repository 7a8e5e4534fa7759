import { AppFailure, type Contribution, type Priority, type Solution } from '../contract';
import {
  changedFields,
  directoryPartOf,
  nextCascadeWork,
  shardOf,
  type CascadeRoot,
  type CascadeState,
  type RecordType,
} from '../domain';
import { pendingAudit } from './audit';
import type { StoreContext } from './context';
import { contributionSpec, marketSpec, prioritySpec, solutionSpec, type EntitySpec } from './layout';
import { readDirectory } from './read-model/shards';
import { getMany, getRecord, listRecords, listWhere } from './reads';
import { audit } from './records';
import { MAX_OPERATIONS, Writes } from './writes';

/**
 * One step of a background delete (src/resolvers/jobs/delete.ts): a few transactions of the next
 * slice of work `nextCascadeWork` names, each with its audit entries and the read model's shards,
 * each write conditional on the version just read. What one step leaves behind is always a
 * consistent portfolio: marked records wait, nothing refers to a record that is gone.
 */

/** Transactions one step commits: ~10 × (a shard batch, a few index queries, the transaction). */
const TRANSACTIONS_PER_STEP = 10;
/** Kept free in each transaction: the read model may touch a shard more than planned here. */
const SPARE_OPERATIONS = 3;

export type DeletableType = Exclude<RecordType, 'contribution'>;

export interface CascadeProgress {
  /** Marked solutions whose epics are all unlinked (carried from step to step). */
  cleared: string[];
  deleted: number;
  updated: number;
}

export interface CascadeStepOutcome {
  progress: CascadeProgress;
  stage: string;
  /** 'gone': the record no longer exists; 'taken-over': a newer run of the delete marked it. */
  finished?: 'done' | 'gone' | 'taken-over';
}

/** One change of the step: a record written or deleted, its audit, the shards it moves. */
interface Change {
  /** The read-model values the change may rewrite (`readModelValuesOf`): each one more operation. */
  shards: string[];
  add(writes: Writes, at: string): void;
  counts: 'deleted' | 'updated' | 'marked';
}

type AnyRecord = { id: string; version: number };

export async function cascadeStep(
  ctx: StoreContext,
  target: { type: DeletableType; id: string },
  jobId: string,
  accountId: string,
  progress: CascadeProgress,
): Promise<CascadeStepOutcome> {
  const state = await readState(target.type, target.id);
  if (!state) return { progress, stage: 'done', finished: 'gone' };
  if (state.root.record.deleting !== jobId) return { progress, stage: 'done', finished: 'taken-over' };
  const rootSpec = specOf(state.root.type);
  const rootLabel = rootSpec.label(state.root.record);
  const step = new StepWrites(ctx, progress);
  const cleared = new Set(progress.cleared);
  const work = nextCascadeWork(state, cleared);
  const deleted = (spec: EntitySpec<AnyRecord>, r: AnyRecord): Change =>
    remove(spec, r, accountId, `Deleted with ${rootLabel}`);

  switch (work.kind) {
    case 'mark':
      await step.commit([
        ...work.priorities.map((p) => mark(prioritySpec, p, jobId, accountId)),
        ...work.solutions.map((s) => mark(solutionSpec, s, jobId, accountId)),
      ]);
      return step.outcome('marking what will be deleted');
    case 'unlink':
      // A marked solution gains no links, so once a fresh list of its links is empty it stays so.
      for (const solutionId of work.solutionIds) {
        let links = await listWhere(contributionSpec, 'solutionId', solutionId);
        while (links.length > 0 && (await step.commit(links.map((c) => deleted(contributionSpec, c)))))
          links = await listWhere(contributionSpec, 'solutionId', solutionId);
        if (links.length > 0) break;
        cleared.add(solutionId);
      }
      return step.outcome('unlinking epics', [...cleared]);
    case 'solutions':
      await step.commit([
        ...work.updates.map(({ solution, priorityIds }) =>
          withoutPriorities(solution, priorityIds, accountId, rootLabel),
        ),
        ...work.deletes.map((s) => deleted(solutionSpec, s)),
      ]);
      return step.outcome('deleting solutions');
    case 'priorities':
      await step.commit(work.deletes.map((p) => deleted(prioritySpec, p)));
      return step.outcome('deleting business priorities');
    case 'root': {
      await step.commit([remove(rootSpec, state.root.record, accountId, `Deleted ${rootLabel}`)]);
      return { ...step.outcome(`deleting the ${state.root.type}`), finished: 'done' };
    }
  }
}

/** The record and what the next slice is judged from: no contributions (paged per solution). */
async function readState(type: DeletableType, id: string): Promise<CascadeState | undefined> {
  if (type === 'solution') {
    const record = await getRecord(solutionSpec, id);
    return record && { root: { type, record }, priorities: [], solutions: [] };
  }
  let root: CascadeRoot | undefined;
  let priorities: Priority[] = [];
  if (type === 'market') {
    const record = await getRecord(marketSpec, id);
    root = record && { type, record };
    if (root) priorities = await listWhere(prioritySpec, 'marketId', id);
  } else {
    const record = await getRecord(prioritySpec, id);
    root = record && { type, record };
  }
  if (!root) return undefined;
  const dying = new Set(type === 'market' ? priorities.map((p) => p.id) : [id]);
  return { root, priorities, solutions: await solutionsOf(dying) };
}

/**
 * The solutions that name any of these priorities. priorityIds is a list, which no KVS index can
 * hold, so the read model's directory (8 values, every solution's priorities, kept in the same
 * transaction as each solution) says which, and only those are read: the step costs what it
 * deletes, not the number of solutions. A directory stored before it carried priorities (or none
 * yet) falls back to reading every solution.
 */
async function solutionsOf(dying: ReadonlySet<string>): Promise<Solution[]> {
  const { directory, built } = await readDirectory();
  const entries = [...directory.solutions];
  if (!built || entries.some(([, s]) => s.priorityIds === undefined))
    return (await listRecords(solutionSpec)).filter((s) => s.priorityIds.some((p) => dying.has(p)));
  const ids = entries.filter(([, s]) => s.priorityIds!.some((p) => dying.has(p))).map(([id]) => id);
  // Read again: the records, at their versions, are what the step writes conditionally on.
  return (await getMany(solutionSpec, ids)).filter((s) => s.priorityIds.some((p) => dying.has(p)));
}

/** The transactions of one step, packed to Forge's 25 operations, TRANSACTIONS_PER_STEP at most. */
class StepWrites {
  private transactions = 0;
  private readonly progress: CascadeProgress;

  constructor(
    private readonly ctx: StoreContext,
    start: CascadeProgress,
  ) {
    this.progress = { ...start };
  }

  /**
   * Commits the changes a pack at a time; false when the step's budget ran out first or a record
   * changed meanwhile (the next step reads again). A fault after some packs committed ends the
   * step with what it did, so the job's count stays true; a fault before any is thrown (retried).
   */
  async commit(changes: readonly Change[]): Promise<boolean> {
    for (const pack of packs(changes)) if (!(await this.commitPack(pack))) return false;
    return true;
  }

  /**
   * One transaction of the pack. The read model may need more operations than the pack's estimate
   * (a solution's contributions spread over several values): refused for size before anything is
   * written (LIMIT), the pack is split in two and each half committed on its own.
   */
  private async commitPack(pack: readonly Change[]): Promise<boolean> {
    if (this.transactions >= TRANSACTIONS_PER_STEP) return false;
    const writes = new Writes();
    const at = this.ctx.stamp();
    pack.forEach((change) => change.add(writes, at));
    try {
      await writes.commit('A record the delete reaches changed meanwhile; the next step reads it again.');
    } catch (error) {
      const code = error instanceof AppFailure ? error.error.code : null;
      if (code === 'LIMIT' && pack.length > 1) {
        const half = Math.ceil(pack.length / 2);
        return (await this.commitPack(pack.slice(0, half))) && (await this.commitPack(pack.slice(half)));
      }
      if (code === 'CONFLICT' || this.transactions > 0) return false;
      throw error;
    }
    this.transactions += 1;
    for (const change of pack) if (change.counts !== 'marked') this.progress[change.counts] += 1;
    return true;
  }

  outcome(stage: string, cleared?: string[]): CascadeStepOutcome {
    return { progress: { ...this.progress, cleared: cleared ?? this.progress.cleared }, stage };
  }
}

/** Greedy packs whose records, audit entries and distinct shards fit one transaction. */
function packs(changes: readonly Change[]): Change[][] {
  const room = MAX_OPERATIONS - SPARE_OPERATIONS;
  const result: Change[][] = [];
  let pack: Change[] = [];
  let shards = new Set<string>();
  const size = (list: Change[], s: Set<string>) =>
    list.reduce((n, c) => n + (c.counts === 'marked' ? 1 : 2), 0) + s.size;
  for (const change of changes) {
    const next = new Set([...shards, ...change.shards]);
    if (pack.length > 0 && size([...pack, change], next) > room) {
      result.push(pack);
      pack = [];
      shards = new Set(change.shards);
    } else shards = next;
    pack.push(change);
  }
  if (pack.length > 0) result.push(pack);
  return result;
}

/**
 * The read-model values a change to this record may rewrite (src/store/read-model/shards.ts): the
 * shards that summarise it and their directory parts; for a link, also its product's linked epic
 * ids and its solution's contributions value.
 */
function shardsOf(spec: EntitySpec<AnyRecord>, record: AnyRecord): string[] {
  const summarised = (shards: number[]) =>
    shards.flatMap((i) => [`shard:${i}`, `directory:${directoryPartOf(i)}`]);
  if (spec.type !== 'contribution') return summarised([shardOf(record.id)]);
  const c = record as unknown as Contribution;
  return [
    ...summarised([shardOf(c.solutionId), shardOf(c.projectId)]),
    `linked:${shardOf(c.projectId)}`,
    `contributions:${c.solutionId}`,
  ];
}

/** Marks a record as being deleted by this job (bumping its version: see src/store/rules.ts). */
function mark<T extends AnyRecord>(spec: EntitySpec<T>, record: T, jobId: string, accountId: string): Change {
  return {
    shards: shardsOf(spec as EntitySpec<AnyRecord>, record),
    counts: 'marked',
    add: (writes, at) =>
      writes.put(
        spec,
        { ...record, deleting: jobId, version: record.version + 1, updatedAt: at, updatedBy: accountId },
        { version: record.version },
        record,
      ),
  };
}

function remove(spec: EntitySpec<AnyRecord>, record: AnyRecord, accountId: string, summary: string): Change {
  const action = spec.type === 'contribution' ? 'unlink' : 'delete';
  return {
    shards: shardsOf(spec, record),
    counts: 'deleted',
    add: (writes, at) =>
      writes
        .remove(spec, record)
        .audit(
          pendingAudit(
            at,
            audit(spec, record, record.version + 1, action, accountId, changedFields(record, null), summary),
          ),
        ),
  };
}

function withoutPriorities(
  before: Solution,
  priorityIds: string[],
  accountId: string,
  rootLabel: string,
): Change {
  return {
    shards: shardsOf(solutionSpec as unknown as EntitySpec<AnyRecord>, before),
    counts: 'updated',
    add: (writes, at) => {
      const after = {
        ...before,
        priorityIds,
        version: before.version + 1,
        updatedAt: at,
        updatedBy: accountId,
      };
      const summary = `Updated ${solutionSpec.label(after)}: no longer addresses what was deleted with ${rootLabel}`;
      writes
        .put(solutionSpec, after, { version: before.version }, before)
        .audit(
          pendingAudit(
            at,
            audit(
              solutionSpec,
              after,
              after.version,
              'update',
              accountId,
              changedFields(before, after),
              summary,
            ),
          ),
        );
    },
  };
}

function specOf(type: DeletableType): EntitySpec<AnyRecord> {
  const specs = { market: marketSpec, priority: prioritySpec, solution: solutionSpec };
  return specs[type] as unknown as EntitySpec<AnyRecord>;
}
