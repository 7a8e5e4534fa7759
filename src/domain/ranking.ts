import type { Market, Priority, PriorityScore, RankedSolution, Solution } from '../contract';
import { byScoreThenName } from './order';
import { isActivePriority, isLiveSolution } from './rules';
import type { LayerWeights } from './types';

/**
 * Ranking (PRODUCT.md "Insights"):
 * - priority score = market strategic weight × importance × layer weight (settings.layerWeights);
 *   a retired priority, or one whose market is unknown, scores 0;
 * - solution score = sum of the scores of the priorities it addresses;
 * - the portfolio is ranked by solution score, highest first, equal scores by name. Dropped
 *   solutions are not ranked (they are no longer part of the portfolio); delivered ones are.
 * - Dense ranking: equal scores share a rank and the next score takes the next number
 *   (12, 12, 9 → 1, 1, 2), so "rank 2" always means "second-best score".
 * Scores are rounded to 6 decimals so sums of fractional layer weights that are equal compare equal.
 */

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** What ranking reads of each record: the read model's briefs carry exactly this. */
type MarketWeight = Pick<Market, 'id' | 'strategicWeight'>;
type ScoredPriority = Pick<Priority, 'id' | 'marketId' | 'importance' | 'layer' | 'status'>;
type RankedCandidate = Pick<Solution, 'id' | 'name' | 'status' | 'priorityIds'>;

export function priorityScore(
  priority: ScoredPriority,
  market: MarketWeight | undefined,
  layerWeights: LayerWeights,
): number {
  if (!market || !isActivePriority(priority)) return 0;
  return round(market.strategicWeight * priority.importance * layerWeights[priority.layer]);
}

/** Every priority's score, in the order given. */
export function priorityScores(
  markets: readonly MarketWeight[],
  priorities: readonly ScoredPriority[],
  layerWeights: LayerWeights,
): PriorityScore[] {
  const marketById = new Map(markets.map((m) => [m.id, m]));
  return priorities.map((p) => ({
    priorityId: p.id,
    score: priorityScore(p, marketById.get(p.marketId), layerWeights),
  }));
}

/** Sum of the scores of the priorities a solution addresses; unknown priority ids count 0. */
export function solutionScore(
  solution: Pick<Solution, 'priorityIds'>,
  scoreByPriorityId: ReadonlyMap<string, number>,
): number {
  return round(solution.priorityIds.reduce((sum, id) => sum + (scoreByPriorityId.get(id) ?? 0), 0));
}

export function rankSolutions(
  markets: readonly MarketWeight[],
  priorities: readonly ScoredPriority[],
  solutions: readonly RankedCandidate[],
  layerWeights: LayerWeights,
): RankedSolution[] {
  const scores = new Map(
    priorityScores(markets, priorities, layerWeights).map((p) => [p.priorityId, p.score]),
  );
  const scored = solutions
    .filter(isLiveSolution)
    .map((s) => ({ s, score: solutionScore(s, scores) }))
    .sort(
      byScoreThenName(
        (x) => x.score,
        (x) => x.s.name,
        (x) => x.s.id,
      ),
    );
  let rank = 0;
  let previous: number | null = null;
  return scored.map(({ s, score }) => {
    if (score !== previous) rank += 1;
    previous = score;
    return { solutionId: s.id, rank, score };
  });
}
