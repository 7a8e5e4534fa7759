import {
  fail,
  type Contribution,
  type Market,
  type Priority,
  type Product,
  type Solution,
} from '../../contract';
import {
  cellsOf,
  directoryPartOf,
  isEmptyProductRow,
  isLiveSolution,
  newProductRow,
  priorityBrief,
  productLinks,
  shardOf,
  solutionRow,
  type Shard,
} from '../../domain';
import { contributionSpec } from '../layout';
import { listWhere } from '../reads';
import type { Operation } from '../writes';
import { epicsOperations, readForWrite, shardOperations, type WriteState } from './shards';

/** A record written or deleted by one change; `before` is what was stored (contributions). */
export type RecordChange =
  | { type: 'market'; id: string; after: Market | null }
  | { type: 'priority'; id: string; after: Priority | null }
  | { type: 'solution'; id: string; after: Solution | null }
  | { type: 'contribution'; id: string; after: Contribution | null; before: Contribution | null }
  | { type: 'product'; id: string; after: Product | null };

/**
 * The writes of the read model a change moves (shards, their directory parts, the contributions
 * values of the solutions whose epics changed), recomputed from the records they summarise. `pending`: the changes
 * are not stored yet (they commit in the same transaction as these shard writes), so lists read
 * from storage are corrected by them; otherwise they are already stored.
 * Reads: one index query per solution whose epics changed and per product touched, and one or
 * two batch reads of shards, whatever the portfolio's size. `prefetched`: shards and directory
 * parts the caller read in its own batch (a link reads them with its records); a solution's
 * liveness comes from the directory when its part was read and its shard was not.
 */
export async function planReadModel(
  changes: readonly RecordChange[],
  mode: 'pending' | 'written',
  prefetched?: WriteState,
): Promise<Operation[]> {
  if (changes.length === 0) return [];
  const of = <K extends RecordChange['type']>(type: K) =>
    changes.filter((c): c is Extract<RecordChange, { type: K }> => c.type === type);
  const contributions = of('contribution');
  const solutions = of('solution');
  const products = of('product');
  const pending = new Map(mode === 'pending' ? contributions.map((c) => [c.id, c.after]) : []);

  const cellSolutions = new Set(contributions.flatMap((c) => ids(c.after?.solutionId, c.before?.solutionId)));
  // A solution this change deletes is listed too: see `refuseOrphans`.
  const deletedSolutions =
    mode === 'pending' ? solutions.filter((s) => s.after === null).map((s) => s.id) : [];
  deletedSolutions.forEach((id) => cellSolutions.add(id));
  const projects = new Set([
    ...contributions.flatMap((c) => ids(c.after?.projectId, c.before?.projectId)),
    ...products.map((p) => p.id),
  ]);
  // A contribution lives in its solution's and its product's shards, not its own.
  const touched = changes.filter((c) => c.type !== 'contribution').map((c) => shardOf(c.id));
  const state = await readForWrite([...touched, ...[...cellSolutions, ...projects].map(shardOf)], prefetched);
  const shards = state.shards;
  const rowOf = (id: string) => shards.get(shardOf(id))?.value.solutions[id];
  const epicsBefore = new Map(
    [...cellSolutions].map((id) => [id, rowOf(id)?.cells.reduce((n, c) => n + c.epics, 0) ?? 0]),
  );

  // A solution dropped or revived moves the growth of every product it has epics in.
  for (const s of solutions) {
    const row = rowOf(s.id);
    if (row && isLiveSolution(row) !== (s.after !== null && isLiveSolution(s.after)))
      row.cells.forEach((cell) => projects.add(cell.projectId));
  }
  const [storedBySolution, storedByProject] = await Promise.all([
    listStored(cellSolutions, 'solutionId'),
    listStored(projects, 'projectId'),
  ]);
  if (mode === 'pending') refuseDuplicateLinks(contributions, storedBySolution, (id) => rowOf(id)?.name);
  const bySolution = corrected(storedBySolution, 'solutionId', pending);
  const byProject = corrected(storedByProject, 'projectId', pending);
  refuseOrphans(deletedSolutions, bySolution);
  const directoryStatus = (id: string) =>
    state.directories.get(directoryPartOf(shardOf(id)))?.value[shardOf(id)]?.solutions[id]?.status;
  const linkedSolutions = [...byProject.values()]
    .flat()
    .map((c) => c.solutionId)
    .filter((id) => !state.directories.has(directoryPartOf(shardOf(id))));
  await readForWrite([...linkedSolutions, ...projects].map(shardOf), state);

  const changedSolution = new Map(solutions.map((s) => [s.id, s.after]));
  const isLive = (id: string) => {
    const after = changedSolution.get(id);
    if (after !== undefined) return after !== null && isLiveSolution(after);
    const row = rowOf(id);
    if (row) return isLiveSolution(row);
    const status = directoryStatus(id);
    return status !== undefined && isLiveSolution({ status });
  };

  const dirty = new Set<number>();
  const edit = (id: string) => {
    const index = shardOf(id);
    dirty.add(index);
    return shards.get(index)!.value;
  };
  for (const m of of('market')) setOrDelete(edit(m.id).markets, m.id, m.after);
  for (const p of of('priority')) setOrDelete(edit(p.id).priorities, p.id, p.after && priorityBrief(p.after));
  for (const s of solutions) {
    const shard = edit(s.id);
    setOrDelete(shard.solutions, s.id, s.after && solutionRow(s.after, shard.solutions[s.id]?.cells ?? []));
  }
  const epics: Operation[] = [];
  for (const [solutionId, list] of bySolution) {
    const row = edit(solutionId).solutions[solutionId];
    if (row) row.cells = cellsOf(list);
    epics.push(...epicsOperations(solutionId, row ? list : [], epicsBefore.get(solutionId) ?? 0));
  }
  const productChange = new Map(products.map((p) => [p.id, p.after]));
  for (const [projectId, list] of byProject) {
    const shard = edit(projectId);
    const row = productRow(shard.products[projectId], projectId, productChange.get(projectId), list);
    Object.assign(row, productLinks(list, isLive));
    setOrDelete(shard.products, projectId, isEmptyProductRow(row) ? null : row);
  }
  return [...shardOperations(state, dirty), ...epics];
}

/**
 * A solution deleted while an epic is still linked to it would leave an orphan: a link committed
 * after the delete read its dependents (issue 9). The shards were read before these lists and the
 * transaction is conditional on their versions, and every link rewrites its solution's shard, so a
 * link committed before the lists shows in them and one committed after fails the transaction.
 */
function refuseOrphans(deleted: readonly string[], bySolution: ReadonlyMap<string, Contribution[]>): void {
  for (const id of deleted) {
    if ((bySolution.get(id) ?? []).length > 0)
      fail(
        'CONFLICT',
        'An epic was linked to a solution being deleted while the delete was in progress. Nothing was deleted; reload and try again.',
      );
  }
}

/**
 * One contribution per (solution, epic): a new link of an epic its solution already has, under
 * any id (a backup may have brought one under another), is refused from the solution's list read
 * for this very change. Two links racing past this both write the same derived key, and the
 * transaction's "absent" condition refuses the second; its re-plan then ends here.
 */
function refuseDuplicateLinks(
  contributions: readonly Extract<RecordChange, { type: 'contribution' }>[],
  stored: ReadonlyMap<string, Contribution[]>,
  nameOf: (solutionId: string) => string | undefined,
): void {
  for (const { after, before } of contributions) {
    if (!after || before) continue;
    if (!(stored.get(after.solutionId) ?? []).some((c) => c.epicId === after.epicId)) continue;
    const name = nameOf(after.solutionId);
    fail(
      'CONFLICT',
      `${after.epicKey} is already linked to ${name ? `solution “${name}”` : 'this solution'}.`,
    );
  }
}

const ids = (...values: (string | undefined)[]) => values.filter((v): v is string => v !== undefined);

function setOrDelete<T>(map: Record<string, T>, id: string, value: T | null): void {
  if (value === null) delete map[id];
  else map[id] = value;
}

/** The row as stored, renamed by a product change, or new from what a contribution knows. */
function productRow(
  stored: Shard['products'][string] | undefined,
  projectId: string,
  change: Product | null | undefined,
  contributions: readonly Contribution[],
): Shard['products'][string] {
  const known = contributions[0];
  const row =
    stored ?? newProductRow({ projectId, projectKey: known?.projectKey ?? change?.projectKey ?? '' });
  if (change) {
    const { projectKey, projectName, displayName, productLine, version } = change;
    Object.assign(row, { projectKey, projectName, displayName, productLine, version });
  } else if (change === null) row.version = null;
  return row;
}

/** Each id's contributions as stored: one index query each (a page per 100). */
async function listStored(
  idsToList: ReadonlySet<string>,
  index: 'solutionId' | 'projectId',
): Promise<Map<string, Contribution[]>> {
  const lists = await Promise.all(
    [...idsToList].map(async (id) => [id, await listWhere(contributionSpec, index, id)] as const),
  );
  return new Map(lists);
}

/** Each list as it will be once the pending changes are stored. */
function corrected(
  stored: ReadonlyMap<string, Contribution[]>,
  index: 'solutionId' | 'projectId',
  pending: ReadonlyMap<string, Contribution | null>,
): Map<string, Contribution[]> {
  return new Map(
    [...stored].map(([id, list]) => {
      const kept = list.filter((c) => !pending.has(c.id));
      const added = [...pending.values()].filter((c): c is Contribution => c !== null && c[index] === id);
      return [id, [...kept, ...added]];
    }),
  );
}
