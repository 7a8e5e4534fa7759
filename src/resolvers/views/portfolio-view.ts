import type { PortfolioView, ProductBalance, Solution, Viewer } from '../../contract';
import {
  buildMatrix,
  buildNarrative,
  compareText,
  findGaps,
  priorityScores,
  portfolioBalance,
  rankSolutions,
} from '../../domain';
import type { ViewerAccess } from '../access';
import { knownProducts, type ProductLike, type StoredPortfolio } from './snapshot';
import { productSummary, visibleTo } from './visibility';

/**
 * The Portfolio page in one answer. Every insight is computed from the stored records; only
 * contributions the viewer may browse are named (see domain/matrix.ts for the privacy rule).
 * `openEpicIds` holds the open epics of each browsable product as the viewer sees them.
 */
export function buildPortfolioView(
  data: StoredPortfolio,
  access: ViewerAccess,
  viewer: Viewer,
  openEpicIds: ReadonlyMap<string, readonly string[]>,
): PortfolioView {
  const isVisible = visibleTo(access);
  const weights = data.settings.layerWeights;
  const ranking = rankSolutions(data.markets, data.priorities, data.solutions, weights);
  const products = knownProducts(data).sort((a, b) => compareText(a.projectKey, b.projectKey));
  return {
    viewer,
    settings: data.settings,
    markets: [...data.markets],
    priorities: [...data.priorities],
    solutions: [...data.solutions],
    products: products.map((p) => productSummary(p, access)),
    matrix: buildMatrix(rankedFirst(data.solutions, ranking), data.contributions, isVisible),
    gaps: findGaps(data.markets, data.priorities, data.solutions, data.contributions),
    balance: browsableBalances(products, data, access, openEpicIds),
    priorityScores: priorityScores(data.markets, data.priorities, weights),
    ranking,
    narrative: buildNarrative(data, weights, isVisible),
  };
}

/** Matrix rows in ranking order; unranked (dropped) solutions follow by name. */
function rankedFirst(solutions: readonly Solution[], ranking: { solutionId: string }[]): Solution[] {
  const position = new Map(ranking.map((r, i) => [r.solutionId, i]));
  const last = ranking.length;
  return [...solutions].sort(
    (a, b) => (position.get(a.id) ?? last) - (position.get(b.id) ?? last) || compareText(a.name, b.name),
  );
}

/** Balance only for products the viewer may browse: the others are not theirs to see. */
function browsableBalances(
  products: readonly ProductLike[],
  data: StoredPortfolio,
  access: ViewerAccess,
  openEpicIds: ReadonlyMap<string, readonly string[]>,
): ProductBalance[] {
  return portfolioBalance(
    products.filter((p) => access.canBrowseProject(p.projectId)),
    openEpicIds,
    data.contributions,
    data.solutions,
    data.settings.balanceTarget,
  );
}
