import type { SolutionBrief } from '../../../../src/contract';

/** The ranking's filters as the URL carries them (route/route.ts, tab "ranking"). */
export interface RankingFilter {
  market?: string;
  horizon?: string;
  status?: string;
  /** "name" lists alphabetically; anything else (or nothing) by rank. */
  sort?: string;
}

/** Ranked solutions (dropped ones are not ranked) that pass every filter set, in the order asked. */
export function rankedSolutions(solutions: readonly SolutionBrief[], filter: RankingFilter): SolutionBrief[] {
  const shown = solutions.filter(
    (s) =>
      s.rank !== null &&
      (!filter.market || s.marketIds.includes(filter.market)) &&
      (!filter.horizon || s.horizon === filter.horizon) &&
      (!filter.status || s.status === filter.status),
  );
  const byName = (a: SolutionBrief, b: SolutionBrief) => a.name.localeCompare(b.name);
  return shown.sort(
    filter.sort === 'name' ? byName : (a, b) => (a.rank ?? 0) - (b.rank ?? 0) || byName(a, b),
  );
}
