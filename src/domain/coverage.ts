import { LAYERS, type LayersCoverage, type Priority, type Solution } from '../contract';

/**
 * Coverage of each market's business priorities by customer layer, for the overview (issue 10):
 * three pairs of counts a market, whatever the portfolio's size. The rules are the gaps' rules
 * (domain/gaps.ts): a retired priority is not counted, a dropped solution addresses nothing.
 */
export function coverageByMarket(
  priorities: readonly Pick<Priority, 'id' | 'marketId' | 'layer' | 'status'>[],
  solutions: readonly Pick<Solution, 'status' | 'priorityIds'>[],
): Map<string, LayersCoverage> {
  const addressed = new Set(solutions.filter((s) => s.status !== 'dropped').flatMap((s) => s.priorityIds));
  const byMarket = new Map<string, LayersCoverage>();
  for (const p of priorities) {
    if (p.status === 'retired') continue;
    let layers = byMarket.get(p.marketId);
    if (!layers) byMarket.set(p.marketId, (layers = emptyCoverage()));
    layers[p.layer].priorities += 1;
    if (addressed.has(p.id)) layers[p.layer].addressed += 1;
  }
  return byMarket;
}

export function emptyCoverage(): LayersCoverage {
  return Object.fromEntries(
    LAYERS.map((layer) => [layer, { priorities: 0, addressed: 0 }]),
  ) as LayersCoverage;
}
