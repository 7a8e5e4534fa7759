import {
  LAYERS,
  type LayersCoverage,
  type Priority,
  type PriorityHeadline,
  type Solution,
} from '../contract';
import { compareText } from './order';

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

/**
 * Each market's most important active priorities, at most `perLayer` of each customer layer
 * (importance, highest first; ties by title), top layer first: what the overview names, bounded by
 * the number of markets whatever the number of priorities.
 */
export function topPrioritiesByMarket(
  priorities: readonly Pick<Priority, 'id' | 'marketId' | 'title' | 'layer' | 'importance' | 'status'>[],
  perLayer: number,
): Map<string, PriorityHeadline[]> {
  const sorted = priorities
    .filter((p) => p.status !== 'retired')
    .sort(
      (a, b) =>
        LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer) ||
        b.importance - a.importance ||
        compareText(a.title, b.title),
    );
  const byMarket = new Map<string, PriorityHeadline[]>();
  for (const { id, marketId, title, layer, importance } of sorted) {
    let top = byMarket.get(marketId);
    if (!top) byMarket.set(marketId, (top = []));
    if (top.filter((p) => p.layer === layer).length < perLayer) top.push({ id, title, layer, importance });
  }
  return byMarket;
}
