import type { EpicSolution } from '../../../src/contract';

/**
 * "Serves: Continuous close · Mid-market financial services": the solutions, then the markets
 * behind them, each named once; null when the epic serves nothing.
 */
export function servesText(solutions: readonly Pick<EpicSolution, 'solution' | 'markets'>[]): string | null {
  if (solutions.length === 0) return null;
  const names = [...new Set(solutions.map((s) => s.solution.name))];
  const markets = [...new Set(solutions.flatMap((s) => s.markets.map((m) => m.name)))];
  return `Serves: ${[...names, ...markets].join(' · ')}`;
}
