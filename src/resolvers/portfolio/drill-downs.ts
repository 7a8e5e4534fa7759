import {
  fail,
  type MarketDetail,
  type MatrixCellDetail,
  type ParsedInput,
  type SolutionDetail,
} from '../../contract';
import type { Deps } from '../../deps';
import { buildNarrative, compareText, productName, shardOf } from '../../domain';
import { viewerAccess } from '../access';
import type { Caller } from '../define';
import { productSummary, splitVisible, visibleTo } from '../views/visibility';
import { mergeShards, rowReadiness } from './read-model-view';

/**
 * The portfolio's drill-downs: each lists what one user opened (one cell, one market, one
 * solution), so its cost is bounded by that, whatever the portfolio's size. Keys and titles of
 * epics the viewer may not browse are never sent; they are counted.
 */

const byEpicKey = (a: { epicKey: string }, b: { epicKey: string }) => compareText(a.epicKey, b.epicKey);

export async function matrixCell(
  deps: Deps,
  { solutionId, projectId }: ParsedInput<'matrix.cell'>,
  caller: Caller,
): Promise<MatrixCellDetail> {
  const all = (await deps.store.contributions.listBySolution(solutionId)).filter(
    (c) => c.projectId === projectId,
  );
  const access = await viewerAccess(caller, deps, { issueIds: all.map((c) => c.epicId) });
  const { visible, hiddenCount } = splitVisible(all, visibleTo(access));
  return { solutionId, projectId, contributions: visible.sort(byEpicKey), hiddenCount };
}

export async function marketDetail(
  deps: Deps,
  { marketId }: ParsedInput<'market.detail'>,
  caller: Caller,
): Promise<MarketDetail> {
  const [market, priorities, settings, { shards }] = await Promise.all([
    deps.store.markets.get(marketId),
    deps.store.priorities.listByMarket(marketId),
    deps.store.settings.get(),
    deps.store.readModel.readLanding(),
  ]);
  if (!market)
    return fail('NOT_FOUND', 'This market no longer exists. It may have been deleted by someone else.');
  const model = mergeShards(shards.values());
  const priorityIds = new Set(priorities.map((p) => p.id));
  const rows = model.solutions.filter((s) => s.priorityIds.some((id) => priorityIds.has(id)));
  const [solutions, access] = await Promise.all([
    deps.store.solutions.getMany(rows.map((s) => s.id)),
    viewerAccess(caller, deps, {
      projectIds: rows.flatMap((r) => r.cells.map((c) => c.projectId)),
      settings,
    }),
  ]);
  // The story is told from the records; its numbers come from the read model's cells.
  const [narrative] = buildNarrative(
    { markets: [market], priorities, solutions, contributions: [] },
    settings.layerWeights,
    () => false,
  );
  // Products by name (customer language); those the viewer may not browse only count their epics.
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const nameOf = new Map(model.products.map((p) => [p.projectId, productName(p)]));
  for (const priority of narrative.priorities)
    for (const told of priority.solutions) {
      const row = rowById.get(told.solutionId);
      if (!row) continue;
      told.readiness = rowReadiness(row, access);
      const weakest = row.cells.find((c) => c.projectKey === told.readiness.weakestProjectKey);
      told.weakestProduct = weakest ? (nameOf.get(weakest.projectId) ?? weakest.projectKey) : null;
      const shown = row.cells.filter((c) => access.canBrowseProject(c.projectId));
      told.products = shown.map((c) => nameOf.get(c.projectId) ?? c.projectKey).sort(compareText);
      told.hiddenEpics = row.cells
        .filter((c) => !access.canBrowseProject(c.projectId))
        .reduce((sum, c) => sum + c.epics, 0);
    }
  const byName = <T extends { name: string }>(a: T, b: T) => compareText(a.name, b.name);
  return {
    market,
    priorities: priorities.sort((a, b) => compareText(a.title, b.title)),
    solutions: solutions.sort(byName),
    narrative,
  };
}

export async function solutionDetail(
  deps: Deps,
  { solutionId }: ParsedInput<'solution.detail'>,
  caller: Caller,
): Promise<SolutionDetail> {
  const solution = await deps.store.solutions.get(solutionId);
  if (!solution)
    return fail('NOT_FOUND', 'This solution no longer exists. It may have been deleted by someone else.');
  const [contributions, priorities, settings, shards] = await Promise.all([
    deps.store.contributions.listBySolution(solutionId),
    deps.store.priorities.getMany(solution.priorityIds),
    deps.store.settings.get(),
    deps.store.readModel.readLanding([shardOf(solutionId)]),
  ]);
  const projectIds = [...new Set(contributions.map((c) => c.projectId))];
  // A product whose shard is the solution's own is already read: each shard once, or its rows twice.
  const productShardIds = [...new Set(projectIds.map(shardOf))].filter((s) => !shards.shards.has(s));
  const productShards = await deps.store.readModel.readLanding(productShardIds);
  const model = mergeShards([...new Map([...shards.shards, ...productShards.shards]).values()]);
  const access = await viewerAccess(caller, deps, {
    issueIds: contributions.map((c) => c.epicId),
    projectIds,
    settings,
  });
  const { visible, hiddenCount } = splitVisible(contributions, visibleTo(access));
  const row = model.solutions.find((s) => s.id === solutionId);
  return {
    solution,
    priorities,
    contributions: visible.sort(byEpicKey),
    hiddenCount,
    readiness: row ? rowReadiness(row, access) : { weakest: null, weakestProjectKey: null, average: null },
    products: model.products
      .filter((p) => projectIds.includes(p.projectId))
      .map((p) => productSummary(p, access)),
  };
}
