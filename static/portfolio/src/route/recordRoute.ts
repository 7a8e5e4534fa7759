import type { GapName } from '../../../../src/contract';
import type { PortfolioRoute } from './route';

/**
 * Where a named record is shown: the strategy tree, its market alone and expanded, the record
 * marked (`?market=…&priority=…` or `&solution=…`). A solution that addresses no priority (so sits
 * under no market) is shown in the ranking, which lists every solution.
 */
export function recordRoute(record: Pick<GapName, 'type' | 'id' | 'marketId'>): PortfolioRoute {
  if (!record.marketId) return { tab: 'ranking', params: {} };
  if (record.type === 'market') return { tab: 'strategy', params: { market: record.id } };
  return { tab: 'strategy', params: { market: record.marketId, [record.type]: record.id } };
}
