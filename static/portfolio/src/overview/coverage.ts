import type { LayerCoverage, MarketSummary } from '../../../../src/contract';

/** Every market's layers added up: how many active priorities a live solution addresses. */
export function totalCoverage(markets: readonly Pick<MarketSummary, 'layers'>[]): LayerCoverage {
  let priorities = 0;
  let addressed = 0;
  for (const market of markets)
    for (const layer of Object.values(market.layers)) {
      priorities += layer.priorities;
      addressed += layer.addressed;
    }
  return { priorities, addressed };
}
