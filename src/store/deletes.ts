import type { DeleteResult } from '../contract';
import { fail } from '../contract';
import {
  cascadePlan,
  changedFields,
  dependentsOf,
  type IsVisible,
  type PortfolioData,
  type RecordType,
  directoryPartOf,
  shardOf,
} from '../domain';
import { pendingAudit } from './audit';
import type { StoreContext } from './context';
import { loadReach } from './graph';
import { contributionSpec, marketSpec, prioritySpec, solutionSpec, type EntitySpec } from './layout';
import { capitalise, refusal, tooBig, WHAT } from './delete-messages';
import { audit, staleMessage } from './records';
import { MAX_OPERATIONS, Writes } from './writes';
import { EPICS_PER_PART } from './read-model/shards';

export interface DeleteOptions {
  /** Delete what depends on the record too, in the same transaction. */
  cascade?: boolean;
  /** Contributions the caller may not browse are named without their epic key. */
  isVisible?: IsVisible;
}

export interface StoreDeleteResult extends DeleteResult {
  /** Records the cascade changed but kept (solutions that lost a priority). */
  updated: { type: RecordType; id: string }[];
}

type AnyRecord = { id: string; version: number };
const SPECS = {
  market: marketSpec,
  priority: prioritySpec,
  solution: solutionSpec,
  contribution: contributionSpec,
};
const spec = (type: RecordType) => SPECS[type] as unknown as EntitySpec<AnyRecord>;

/**
 * Deletes one record, refusing while something refers to it unless `cascade` is set; with it,
 * everything the domain's cascade plan lists is deleted or updated in ONE transaction, each
 * record with its own audit entry, each write conditional on the version that was read.
 */
export async function deleteRecord(
  ctx: StoreContext,
  type: RecordType,
  id: string,
  version: number,
  accountId: string,
  options: DeleteOptions = {},
): Promise<StoreDeleteResult> {
  const data = await loadReach(type, id);
  const root =
    find(data, type, id) ??
    fail('NOT_FOUND', `This ${WHAT[type][0]} no longer exists. It may have been deleted by someone else.`);
  const rootLabel = spec(type).label(root);
  if (root.version !== version) fail('CONFLICT', staleMessage(rootLabel));
  const dependents = dependentsOf(type, id, data, options.isVisible);
  if (dependents.length > 0 && !options.cascade) {
    fail('CONFLICT', refusal(rootLabel, dependents), { dependents });
  }
  const plan = cascadePlan(type, id, data);
  // Each record and its audit entry, plus the read model's values the change rewrites.
  const operations = 2 * (plan.deletes.length + plan.updates.length) + readModelWrites(data, plan);
  if (operations > MAX_OPERATIONS)
    fail('LIMIT', tooBig(rootLabel, plan.deletes.length + plan.updates.length, operations, dependents));

  const at = ctx.stamp();
  const writes = new Writes();
  for (const d of plan.deletes) {
    const record = find(data, d.type, d.id) as AnyRecord;
    const action = type === 'contribution' ? 'unlink' : 'delete';
    const summary = d.id === id ? `Deleted ${rootLabel}` : `Deleted with ${rootLabel}`;
    writes.remove(spec(d.type), record);
    writes.audit(
      pendingAudit(
        at,
        audit(
          spec(d.type),
          record,
          record.version + 1,
          action,
          accountId,
          changedFields(record, null),
          summary,
        ),
      ),
    );
  }
  for (const u of plan.updates) {
    const before = data.solutions.find((s) => s.id === u.id);
    if (!before) continue;
    const after = {
      ...before,
      priorityIds: u.priorityIds,
      version: u.version + 1,
      updatedAt: at,
      updatedBy: accountId,
    };
    writes.put(solutionSpec, after, { version: u.version }, before);
    const summary = `Updated ${solutionSpec.label(after)}: no longer addresses what was deleted with ${rootLabel}`;
    writes.audit(
      pendingAudit(
        at,
        audit(solutionSpec, after, after.version, 'update', accountId, changedFields(before, after), summary),
      ),
    );
  }
  await writes.commit(
    `${capitalise(rootLabel)} or something that depends on it changed since you loaded it. Reload and try again.`,
  );
  return {
    deleted: plan.deletes.map(({ type: t, id: i }) => ({ type: t, id: i })),
    updated: plan.updates.map(({ id: i }) => ({ type: 'solution' as const, id: i })),
  };
}

/**
 * How many read-model writes a cascade makes at most (src/store/read-model/shards.ts): the shards
 * it moves, their directory parts, the linked epic ids of the products it unlinks, and the
 * contributions values of the solutions it unlinks from. Each is one more operation.
 */
function readModelWrites(data: PortfolioData, plan: ReturnType<typeof cascadePlan>): number {
  // A contribution is summarised in its solution's and its product's shards; other records in their own.
  const unlinked = [...plan.deletes, ...plan.updates].flatMap(({ type: t, id: i }) =>
    t === 'contribution' ? data.contributions.filter((x) => x.id === i) : [],
  );
  const ids = [
    ...[...plan.deletes, ...plan.updates].filter(({ type: t }) => t !== 'contribution').map(({ id: i }) => i),
    ...unlinked.flatMap((c) => [c.solutionId, c.projectId]),
  ];
  const shards = new Set(ids.map(shardOf));
  const parts = new Set([...shards].map(directoryPartOf)).size;
  const linked = new Set(unlinked.map((c) => shardOf(c.projectId))).size;
  const solutions = new Set(unlinked.map((c) => c.solutionId));
  const epics = [...solutions].reduce(
    (n, s) => n + Math.ceil(data.contributions.filter((c) => c.solutionId === s).length / EPICS_PER_PART),
    0,
  );
  return shards.size + parts + linked + epics;
}

function find(data: PortfolioData, type: RecordType, id: string): AnyRecord | undefined {
  const lists: Record<RecordType, readonly AnyRecord[]> = {
    market: data.markets,
    priority: data.priorities,
    solution: data.solutions,
    contribution: data.contributions,
  };
  return lists[type].find((r) => r.id === id);
}
