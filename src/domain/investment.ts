import type { Investment, InvestmentMeasure, Layer, Market, MarketInvestment, Priority } from '../contract';
import { LAYERS } from '../contract';
import { compareText } from './order';
import type { CellCounts, SharedEpics, SolutionRow } from './read-model';
import { isActiveMarket, isLiveSolution } from './rules';

/**
 * Investment alignment (issue 12): is the open growth work going where the strategy points?
 *
 * Rules:
 * - The work counted is the open epics linked to a live (not dropped) solution, each epic ONCE
 *   however many solutions it serves: balance's growth, summed over products.
 * - The measure of an epic is 1 (`open-epics`, the default), its open units (`open-units`: child
 *   issues not done; an open epic with no children is one unit, as readiness counts it), or its
 *   estimate (`estimate`: the settings' numeric field, story points: the epic's own value, else its
 *   open children's summed, src/jira/estimates.ts). An epic with no estimate counts 0, and how many
 *   open epics have none is said beside the shares (`unestimated` of `openEpics`).
 * - An epic serves the markets (and customer layers) of the priorities its solutions address. It
 *   counts once, split equally between them: an epic serving two markets gives each half.
 *   Work whose solutions address no priority left serves no market (`unassigned`).
 * - A market's strategic share is its weight over the weights of the markets not in exit;
 *   an exit market's is 0. Its investment share is its part of all the work; the gap is
 *   investment share − strategic share. Markets are sorted by the size of the gap, largest first.
 * - An exit market with work still going to it is called out (`exitWithOpenWork`).
 *
 * Computed from the read model: each cell's open epics and units, less the epics a product shares
 * between several solutions (ProductRow.shared), which are counted once per group instead.
 */
export interface InvestmentInput {
  markets: readonly Pick<Market, 'id' | 'name' | 'status' | 'strategicWeight'>[];
  priorities: readonly Pick<Priority, 'id' | 'marketId' | 'layer'>[];
  solutions: readonly Pick<SolutionRow, 'id' | 'status' | 'priorityIds' | 'cells'>[];
  products: readonly { projectId: string; shared: readonly SharedEpics[] }[];
}

type Amounts = Pick<CellCounts, 'openEpics' | 'openUnits' | 'estimate' | 'unestimated'>;

const AMOUNT_OF: Record<InvestmentMeasure, (a: Amounts) => number> = {
  'open-epics': (a) => a.openEpics,
  'open-units': (a) => a.openUnits,
  estimate: (a) => a.estimate,
};

/**
 * Investment of the whole portfolio, or of one product's growth work (`projectId`). `estimateField`
 * (the settings' field, named in the answer so the UI says what `estimate` sums) is null when none.
 */
export function investmentOf(
  model: InvestmentInput,
  measure: InvestmentMeasure,
  projectId?: string,
  estimateField: Investment['estimateField'] = null,
): Investment {
  const amountOf = AMOUNT_OF[measure];
  const priorities = new Map(model.priorities.map((p) => [p.id, p]));
  const live = new Map(model.solutions.filter(isLiveSolution).map((s) => [s.id, s]));
  const served = (solutionIds: readonly string[]) => {
    const ps = solutionIds.flatMap((id) => live.get(id)?.priorityIds ?? []).map((id) => priorities.get(id));
    const known = ps.filter((p) => p !== undefined);
    return { markets: new Set(known.map((p) => p.marketId)), layers: new Set(known.map((p) => p.layer)) };
  };

  const byMarket = new Map<string, number>();
  const byLayer = new Map<Layer, number>();
  let total = 0;
  let split = 0;
  let unassigned = 0;
  // Epics and the unestimated among them, each once, whatever the measure.
  let openEpics = 0;
  let unestimated = 0;
  const allot = (solutionIds: readonly string[], a: Amounts) => {
    openEpics += a.openEpics;
    unestimated += a.unestimated;
    const amount = amountOf(a);
    if (amount <= 0) return;
    const { markets, layers } = served(solutionIds);
    total += amount;
    if (markets.size === 0) unassigned += amount;
    if (markets.size > 1) split += amount;
    for (const m of markets) byMarket.set(m, (byMarket.get(m) ?? 0) + amount / markets.size);
    for (const l of layers) byLayer.set(l, (byLayer.get(l) ?? 0) + amount / layers.size);
  };

  // Shared epics: once per group, and taken out of each of its solutions' cells.
  const sharedOut = new Map<string, Amounts>();
  for (const product of model.products) {
    if (projectId !== undefined && product.projectId !== projectId) continue;
    for (const group of product.shared) {
      const ids = group.solutionIds.filter((id) => live.has(id));
      allot(ids, group);
      for (const id of ids) {
        const key = `${id} ${product.projectId}`;
        sharedOut.set(key, plus(sharedOut.get(key) ?? NONE, group));
      }
    }
  }
  for (const s of live.values())
    for (const cell of s.cells) {
      if (projectId !== undefined && cell.projectId !== projectId) continue;
      allot([s.id], minus(cell, sharedOut.get(`${s.id} ${cell.projectId}`) ?? NONE));
    }

  const weights = model.markets.filter(isActiveMarket).reduce((sum, m) => sum + m.strategicWeight, 0);
  const share = (amount: number) => (total === 0 ? 0 : amount / total);
  const markets = model.markets
    .map((m): MarketInvestment => {
      const amount = byMarket.get(m.id) ?? 0;
      const strategicShare = isActiveMarket(m) && weights > 0 ? m.strategicWeight / weights : 0;
      return {
        marketId: m.id,
        name: m.name,
        status: m.status,
        strategicWeight: m.strategicWeight,
        strategicShare,
        amount,
        investmentShare: share(amount),
        gap: share(amount) - strategicShare,
        exitWithOpenWork: !isActiveMarket(m) && amount > 0,
      };
    })
    .sort((a, b) => size(b.gap) - size(a.gap) || compareText(a.name, b.name));
  const layers = LAYERS.map((layer) => {
    const amount = byLayer.get(layer) ?? 0;
    return { layer, amount, share: share(amount) };
  });
  return { measure, estimateField, openEpics, unestimated, total, split, unassigned, markets, layers };
}

const NONE: Amounts = { openEpics: 0, openUnits: 0, estimate: 0, unestimated: 0 };
const plus = (a: Amounts, b: Amounts): Amounts => ({
  openEpics: a.openEpics + b.openEpics,
  openUnits: a.openUnits + b.openUnits,
  estimate: a.estimate + b.estimate,
  unestimated: a.unestimated + b.unestimated,
});
const minus = (a: Amounts, b: Amounts): Amounts => ({
  openEpics: a.openEpics - b.openEpics,
  openUnits: a.openUnits - b.openUnits,
  estimate: a.estimate - b.estimate,
  unestimated: a.unestimated - b.unestimated,
});

/** A gap's size for sorting, to a millionth of a share: 0.7 − 0.8 and 0.3 − 0.2 are the same size. */
const size = (gap: number) => Math.round(Math.abs(gap) * 1e6);
