import {
  GAPS_SHOWN,
  LANDING_BALANCE_ROWS,
  LANDING_MATRIX_ROWS,
  OVERVIEW_PRIORITIES,
  type Gap,
  type MatrixRowSummary,
  type PortfolioSummary,
} from '../../contract';
import type { Deps } from '../../deps';
import {
  compareText,
  coverageByMarket,
  emptyCoverage,
  isLiveSolution,
  topPrioritiesByMarket,
} from '../../domain';
import { viewerAccess } from '../access';
import { define, type Caller } from '../define';
import { viewerOf } from '../views/visibility';
import { investment, roadmap } from './alignment';
import { marketDetail, matrixCell, solutionDetail } from './drill-downs';
import { loadModel } from './load';
import { solutionChoices } from './solution-choices';
import { balancePreview } from './balance-preview';
import {
  balanceRows,
  countsOf,
  gapsOf,
  matrixRow,
  namedProducts,
  page,
  rankedBriefs,
} from './read-model-view';

/**
 * The Market layer page, summary first: the landing reads the read model (one batch of shards)
 * and checks, in one request, which products the viewer may browse. Its cost does not grow with
 * the number of epics; the epics themselves come from the drill-downs.
 */
export function createPortfolioResolvers(deps: Deps) {
  /** Everything a portfolio answer needs: settings, the model, the viewer's project access. */
  async function open(caller: Caller) {
    const settings = await deps.store.settings.get();
    const { model, countedAt } = await loadModel(deps, settings);
    const access = await viewerAccess(caller, deps, {
      projectIds: model.products.map((p) => p.projectId),
      settings,
    });
    return { settings, model, countedAt, access, viewer: viewerOf(access) };
  }

  return {
    'portfolio.get': define('portfolio.get', async (_input, caller): Promise<PortfolioSummary> => {
      const { settings, model, countedAt, access, viewer } = await open(caller);
      const solutions = rankedBriefs(model, settings.layerWeights);
      const rowById = new Map(model.solutions.map((s) => [s.id, s]));
      const rows = solutions.slice(0, LANDING_MATRIX_ROWS).map((s) => matrixRow(rowById.get(s.id)!, access));
      const balance = page(balanceRows(model, settings.balanceTarget, access), 0, LANDING_BALANCE_ROWS);
      const allGaps = gapsOf(model);
      const coverage = coverageByMarket(model.priorities, model.solutions);
      const top = topPrioritiesByMarket(model.priorities, OVERVIEW_PRIORITIES);
      const named = [
        ...rows.flatMap((r) => r.cells.map((c) => c.projectId)),
        ...balance.items.map((b) => b.projectId),
      ];
      return {
        viewer,
        settings,
        counts: countsOf(model),
        markets: model.markets.map((m) => ({
          ...m,
          priorityCount: model.priorities.filter((p) => p.marketId === m.id).length,
          solutionCount: solutionsOfMarket(model, m.id).size,
          layers: coverage.get(m.id) ?? emptyCoverage(),
          topPriorities: top.get(m.id) ?? [],
        })),
        solutions,
        matrix: { items: rows, offset: 0, total: solutions.length },
        gaps: firstOfEachKind(allGaps),
        gapCounts: countByKind(allGaps),
        balance,
        products: namedProducts(model, named, access),
        countedAt,
      };
    }),

    'portfolio.matrix': define('portfolio.matrix', async (input, caller) => {
      const { settings, model, access } = await open(caller);
      const rowById = new Map(model.solutions.map((s) => [s.id, s]));
      const all: MatrixRowSummary[] = [];
      for (const s of rankedBriefs(model, settings.layerWeights)) {
        const row = rowById.get(s.id)!;
        if (input.projectId && !row.cells.some((c) => c.projectId === input.projectId)) continue;
        all.push(matrixRow(row, access));
      }
      const rows = page(all, input.offset, input.limit);
      const named = rows.items.flatMap((r) => r.cells.map((c) => c.projectId));
      return { rows, products: namedProducts(model, named, access) };
    }),

    'portfolio.balance': define('portfolio.balance', async (input, caller) => {
      const { settings, model, access } = await open(caller);
      let rows = balanceRows(model, settings.balanceTarget, access);
      const serving = input.marketId === undefined ? null : productsServing(model, input.marketId);
      if (serving) rows = rows.filter((row) => serving.has(row.projectId));
      if (input.verdict) rows = rows.filter((row) => row.verdict === input.verdict);
      if (input.sort === 'name')
        rows.sort((a, b) => compareText(a.name, b.name) || compareText(a.projectKey, b.projectKey));
      return { balance: page(rows, input.offset, input.limit) };
    }),

    // Counts only, the same for every viewer: no project permission to check.
    'portfolio.investment': define('portfolio.investment', async (input) => {
      const settings = await deps.store.settings.get();
      const { model } = await loadModel(deps, settings);
      return investment(model, settings, input.projectId);
    }),

    'portfolio.roadmap': define('portfolio.roadmap', async (input, caller) => {
      const { settings, model, access } = await open(caller);
      return roadmap(model, settings.layerWeights, input, access);
    }),

    // Names only, the same for every viewer (priorities name no epic): no permission to check.
    'portfolio.priorities': define('portfolio.priorities', async () => {
      const { model } = await loadModel(deps, await deps.store.settings.get());
      return model.priorities.map(({ id, marketId, title }) => ({ id, marketId, title }));
    }),

    // Counts only, the same for every viewer (no product is named): no permission to check.
    'balance.preview': define('balance.preview', async (input) => {
      const { model } = await loadModel(deps, await deps.store.settings.get());
      return balancePreview(model, input.target);
    }),

    // The landing's reads and its one permission check; partner products named only when browsable.
    'solutions.choices': define('solutions.choices', async (input, caller) => {
      const { settings, model, access } = await open(caller);
      return solutionChoices(model, settings.layerWeights, access, input.projectId);
    }),

    'matrix.cell': define('matrix.cell', (input, caller) => matrixCell(deps, input, caller)),
    'market.detail': define('market.detail', (input, caller) => marketDetail(deps, input, caller)),
    'solution.detail': define('solution.detail', (input, caller) => solutionDetail(deps, input, caller)),
  };
}

function solutionsOfMarket(model: Parameters<typeof countsOf>[0], marketId: string): Set<string> {
  const priorityIds = new Set(model.priorities.filter((p) => p.marketId === marketId).map((p) => p.id));
  return new Set(
    model.solutions.filter((s) => s.priorityIds.some((id) => priorityIds.has(id))).map((s) => s.id),
  );
}

/** Products with epics linked to a live solution addressing one of the market's priorities. */
function productsServing(model: Parameters<typeof countsOf>[0], marketId: string): Set<string> {
  const solutionIds = solutionsOfMarket(model, marketId);
  return new Set(
    model.solutions
      .filter((s) => solutionIds.has(s.id) && isLiveSolution(s))
      .flatMap((s) => s.cells.map((c) => c.projectId)),
  );
}

function firstOfEachKind(gaps: readonly Gap[]): Gap[] {
  const shown = new Map<string, number>();
  return gaps.filter((g) => {
    const n = shown.get(g.kind) ?? 0;
    shown.set(g.kind, n + 1);
    return n < GAPS_SHOWN;
  });
}

function countByKind(gaps: readonly Gap[]): Record<Gap['kind'], number> {
  const counts: Record<Gap['kind'], number> = {
    'priority-unaddressed': 0,
    'solution-without-epics': 0,
    'market-without-executive-priority': 0,
    'priority-only-proposed': 0,
  };
  for (const g of gaps) counts[g.kind] += 1;
  return counts;
}
