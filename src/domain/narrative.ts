import type {
  Contribution,
  NarrativeMarket,
  NarrativePriority,
  NarrativeSolution,
  Solution,
} from '../contract';
import { byScoreThenName, compareText } from './order';
import { solutionReadiness } from './readiness';
import { priorityScores, solutionScore } from './ranking';
import { groupBy, isActivePriority, isLiveSolution } from './rules';
import type { IsVisible, LayerWeights, PortfolioData } from './types';

/**
 * The value narrative for executives: market → business priority → solution, in customer words.
 *
 * - Markets by strategic weight, highest first (ties by name); every market is told, also one
 *   with no priorities yet, so the story shows where it is still blank.
 * - Under a market, its active priorities by score, highest first (ties by title); retired
 *   priorities are left out.
 * - Under a priority, the solutions addressing it by solution score (ties by name); dropped
 *   solutions are left out. A solution addressing two priorities is told under both.
 * - `products` names only products where the viewer can browse at least one contributed epic, by
 *   the name `productNames` gives (project id → name; the project key where it has none), so the
 *   story speaks of products, not project keys; the other epics are only counted (`hiddenEpics`).
 *   `readiness` covers all contributions (numbers are not secret, see matrix.ts).
 */
export function buildNarrative(
  data: PortfolioData,
  layerWeights: LayerWeights,
  isVisible: IsVisible,
  productNames: ReadonlyMap<string, string> = new Map(),
): NarrativeMarket[] {
  const scores = new Map(
    priorityScores(data.markets, data.priorities, layerWeights).map((p) => [p.priorityId, p.score]),
  );
  const contributionsBySolution = groupBy(data.contributions, (c) => c.solutionId);
  const liveSolutions = data.solutions.filter(isLiveSolution);
  const solutionOrder = byScoreThenName<Solution>(
    (s) => solutionScore(s, scores),
    (s) => s.name,
    (s) => s.id,
  );

  const tellSolution = (s: Solution): NarrativeSolution => {
    const contributions = contributionsBySolution.get(s.id) ?? [];
    const visible = contributions.filter((c) => isVisible(c));
    const nameOf = (c: Contribution) => productNames.get(c.projectId) ?? c.projectKey;
    const names = new Set(visible.map(nameOf));
    const readiness = solutionReadiness(contributions, isVisible);
    const weakest = visible.find((c) => c.projectKey === readiness.weakestProjectKey);
    return {
      solutionId: s.id,
      name: s.name,
      valueStatement: s.valueStatement,
      status: s.status,
      products: [...names].sort(compareText),
      hiddenEpics: contributions.length - visible.length,
      weakestProduct: weakest ? nameOf(weakest) : null,
      readiness,
    };
  };

  const prioritiesByMarket = groupBy(data.priorities.filter(isActivePriority), (p) => p.marketId);
  const markets = [...data.markets].sort(
    byScoreThenName(
      (m) => m.strategicWeight,
      (m) => m.name,
      (m) => m.id,
    ),
  );
  return markets.map((m) => {
    const priorities = [...(prioritiesByMarket.get(m.id) ?? [])].sort(
      byScoreThenName(
        (p) => scores.get(p.id) ?? 0,
        (p) => p.title,
        (p) => p.id,
      ),
    );
    return {
      marketId: m.id,
      name: m.name,
      priorities: priorities.map((p): NarrativePriority => ({
        priorityId: p.id,
        title: p.title,
        outcome: p.outcome,
        layer: p.layer,
        solutions: liveSolutions
          .filter((s) => s.priorityIds.includes(p.id))
          .sort(solutionOrder)
          .map(tellSolution),
      })),
    };
  });
}
