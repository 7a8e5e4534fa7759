import type { Investment, Roadmap, RoadmapCard, Settings } from '../../contract';
import { HORIZONS } from '../../contract';
import { investmentOf, isLiveSolution, type LayerWeights } from '../../domain';
import type { ViewerAccess } from '../access';
import { namedProducts, rankedBriefs, rowReadiness, type ReadModel } from './read-model-view';

/**
 * Investment alignment and the roadmap, from the read model the landing reads: the same 32 shards,
 * never a contribution. Counts are the same for every viewer; a product the viewer may not browse
 * is named by id only.
 */
export function investment(
  model: ReadModel,
  settings: Pick<Settings, 'investmentMeasure' | 'estimateFieldId' | 'estimateFieldName'>,
  projectId?: string,
): Investment {
  const { investmentMeasure, estimateFieldId: id, estimateFieldName: name } = settings;
  // The name kept with the id says which field is summed without asking Jira.
  const field = id === null ? null : { id, name: name ?? id };
  return investmentOf(model, investmentMeasure, projectId, field);
}

export interface RoadmapFilter {
  marketId?: string;
  projectId?: string;
  limit: number;
}

export function roadmap(
  model: ReadModel,
  weights: LayerWeights,
  filter: RoadmapFilter,
  access: ViewerAccess,
): Roadmap {
  const marketOf = new Map(model.priorities.map((p) => [p.id, p.marketId]));
  const rowById = new Map(model.solutions.map((s) => [s.id, s]));
  const cards: RoadmapCard[] = [];
  for (const brief of rankedBriefs(model, weights)) {
    const row = rowById.get(brief.id)!;
    if (!isLiveSolution(row)) continue;
    const marketIds = [...new Set(row.priorityIds.flatMap((id) => marketOf.get(id) ?? []))];
    if (filter.marketId && !marketIds.includes(filter.marketId)) continue;
    if (filter.projectId && !row.cells.some((c) => c.projectId === filter.projectId)) continue;
    const dues = row.cells.flatMap((c) => c.due ?? []).sort();
    cards.push({
      solutionId: row.id,
      name: row.name,
      status: row.status,
      horizon: row.horizon,
      version: row.version,
      rank: brief.rank,
      readiness: rowReadiness(row, access),
      projectIds: row.cells.map((c) => c.projectId),
      latestDue: dues.at(-1) ?? null,
      marketIds,
      epics: row.cells.reduce((n, c) => n + c.epics, 0),
      openEpics: row.cells.reduce((n, c) => n + c.openEpics, 0),
    });
  }
  const columns = HORIZONS.map((horizon) => {
    const inColumn = cards.filter((c) => c.horizon === horizon);
    return { horizon, total: inColumn.length, cards: inColumn.slice(0, filter.limit) };
  });
  const named = columns.flatMap((c) => c.cards.flatMap((card) => card.projectIds));
  return { columns, products: namedProducts(model, named, access) };
}
