import type {
  CellSummary,
  Gap,
  MatrixRowSummary,
  Page,
  PortfolioCounts,
  ProductBalance,
  ProductSummary,
  Readiness,
  SolutionBrief,
} from '../../contract';
import {
  balanceVerdict,
  cellReadiness,
  compareText,
  findGaps,
  productName,
  rankSolutions,
  readinessOfCells,
  type LayerWeights,
  type ProductRow,
  type Shard,
  type SolutionRow,
} from '../../domain';
import type { ViewerAccess } from '../access';
import { productSummary } from '../views/visibility';

/** The read model's shards merged into lists: what every portfolio view is computed from. */
export interface ReadModel {
  markets: Shard['markets'][string][];
  priorities: Shard['priorities'][string][];
  solutions: SolutionRow[];
  products: ProductRow[];
}

export function mergeShards(shards: Iterable<Shard>): ReadModel {
  const model: ReadModel = { markets: [], priorities: [], solutions: [], products: [] };
  for (const shard of shards) {
    model.markets.push(...Object.values(shard.markets));
    model.priorities.push(...Object.values(shard.priorities));
    model.solutions.push(...Object.values(shard.solutions));
    model.products.push(...Object.values(shard.products));
  }
  model.markets.sort((a, b) => compareText(a.name, b.name));
  model.products.sort((a, b) => compareText(a.projectKey, b.projectKey));
  return model;
}

/** Every solution, ranked ones by rank, then the dropped ones by name. */
export function rankedBriefs(model: ReadModel, weights: LayerWeights): SolutionBrief[] {
  const ranking = rankSolutions(model.markets, model.priorities, model.solutions, weights);
  const rankOf = new Map(ranking.map((r, i) => [r.solutionId, { ...r, position: i }]));
  const byId = new Map(model.solutions.map((s) => [s.id, s]));
  const marketOf = new Map(model.priorities.map((p) => [p.id, p.marketId]));
  const ranked = ranking.map((r) => byId.get(r.solutionId)!);
  const unranked = model.solutions
    .filter((s) => !rankOf.has(s.id))
    .sort((a, b) => compareText(a.name, b.name));
  return [...ranked, ...unranked].map(({ id, name, status, horizon, priorityIds, version, cells }) => ({
    id,
    name,
    status,
    horizon,
    priorityIds,
    version,
    rank: rankOf.get(id)?.rank ?? null,
    score: rankOf.get(id)?.score ?? 0,
    marketIds: [...new Set(priorityIds.flatMap((p) => marketOf.get(p) ?? []))].sort(),
    readiness: readinessOfCells(cells).weakest,
  }));
}

/** One matrix row as counts; the weakest product's key only for who may browse that project. */
export function matrixRow(row: SolutionRow, access: ViewerAccess): MatrixRowSummary {
  const cells: CellSummary[] = row.cells.map((c) => ({
    projectId: c.projectId,
    epics: c.epics,
    openEpics: c.openEpics,
    readiness: cellReadiness(c),
  }));
  return {
    solutionId: row.id,
    integrationIndex: row.cells.length,
    singleProduct: row.cells.length === 1,
    epics: row.cells.reduce((sum, c) => sum + c.epics, 0),
    cells,
    readiness: rowReadiness(row, access),
  };
}

/** A solution's readiness from its cells; the weakest product's key only for who may browse it. */
export function rowReadiness(row: SolutionRow, access: ViewerAccess): Readiness {
  const { weakestProjectId, ...readiness } = readinessOfCells(row.cells);
  if (weakestProjectId && !access.canBrowseProject(weakestProjectId)) readiness.weakestProjectKey = null;
  return readiness;
}

export function page<T>(items: readonly T[], offset: number, limit: number): Page<T> {
  return { items: items.slice(offset, offset + limit), offset, total: items.length };
}

/**
 * Balance of every product the viewer may browse that has open epics or links, least growth
 * share first. Open epics are Jira's count (as last taken); growth is never shown above it.
 */
export function balanceRows(model: ReadModel, target: number, access: ViewerAccess): ProductBalance[] {
  return model.products
    .filter((p) => access.canBrowseProject(p.projectId) && ((p.openEpics ?? 0) > 0 || p.growth > 0))
    .map((p) => {
      const openEpics = Math.max(p.openEpics ?? 0, p.growth);
      const share = openEpics === 0 ? null : p.growth / openEpics;
      return {
        projectId: p.projectId,
        projectKey: p.projectKey,
        name: productName(p),
        openEpics,
        growth: p.growth,
        incremental: openEpics - p.growth,
        share,
        target,
        verdict: balanceVerdict(share, target),
      };
    })
    .sort((a, b) => (a.share ?? 2) - (b.share ?? 2) || compareText(a.projectKey, b.projectKey));
}

export function gapsOf(model: ReadModel): Gap[] {
  const contributed = model.solutions.filter((s) => s.cells.length > 0).map((s) => ({ solutionId: s.id }));
  return findGaps(model.markets, model.priorities, model.solutions, contributed);
}

export function countsOf(model: ReadModel): PortfolioCounts {
  return {
    markets: model.markets.length,
    priorities: model.priorities.length,
    solutions: model.solutions.length,
    contributions: model.solutions.reduce((sum, s) => sum + s.cells.reduce((n, c) => n + c.epics, 0), 0),
    products: model.products.length,
  };
}

/** The products a page names, as the viewer may see them. */
export function namedProducts(
  model: ReadModel,
  projectIds: Iterable<string>,
  access: ViewerAccess,
): ProductSummary[] {
  const wanted = new Set(projectIds);
  return model.products.filter((p) => wanted.has(p.projectId)).map((p) => productSummary(p, access));
}
