import type {
  Contribution,
  Investment,
  InvestmentMeasure,
  Layer,
  Market,
  Priority,
  Solution,
} from '../../../src/contract';
import { epicProgress, isLiveSolution } from '../../../src/domain';

/**
 * Investment computed the slow, obvious way, epic by epic from every record, with no read model:
 * what the stored rollups must agree with (the rules are in src/domain/investment.ts).
 */
export function investmentFromRecords(
  records: {
    markets: Market[];
    priorities: Priority[];
    solutions: Solution[];
    contributions: Contribution[];
  },
  measure: InvestmentMeasure,
): Pick<Investment, 'total' | 'split' | 'unassigned' | 'openEpics' | 'unestimated'> & {
  markets: Record<string, number>;
  layers: Record<Layer, number>;
} {
  const live = new Map(records.solutions.filter(isLiveSolution).map((s) => [s.id, s]));
  const priorities = new Map(records.priorities.map((p) => [p.id, p]));
  const epics = new Map<string, { solutions: Set<string>; amount: number; estimated: boolean }>();
  const estimate = (c: Contribution) => c.snapshot.estimate ?? null;
  for (const c of records.contributions) {
    if (c.snapshot.statusCategory === 'done' || !live.has(c.solutionId)) continue;
    const { done, total } = epicProgress(c.snapshot);
    const epic = epics.get(c.epicId) ?? {
      solutions: new Set(),
      amount: measure === 'open-epics' ? 1 : measure === 'open-units' ? total - done : (estimate(c) ?? 0),
      estimated: estimate(c) !== null,
    };
    epic.solutions.add(c.solutionId);
    epics.set(c.epicId, epic);
  }
  const result = {
    total: 0,
    split: 0,
    unassigned: 0,
    openEpics: epics.size,
    unestimated: [...epics.values()].filter((e) => !e.estimated).length,
    markets: Object.fromEntries(records.markets.map((m) => [m.id, 0])),
    layers: { executive: 0, 'senior-manager': 0, user: 0 } as Record<Layer, number>,
  };
  for (const epic of epics.values()) {
    const served = [...epic.solutions]
      .flatMap((id) => live.get(id)!.priorityIds)
      .flatMap((id) => priorities.get(id) ?? []);
    const markets = new Set(served.map((p) => p.marketId));
    const layers = new Set(served.map((p) => p.layer));
    if (epic.amount === 0) continue;
    result.total += epic.amount;
    if (markets.size === 0) result.unassigned += epic.amount;
    if (markets.size > 1) result.split += epic.amount;
    for (const m of markets) result.markets[m] += epic.amount / markets.size;
    for (const l of layers) result.layers[l] += epic.amount / layers.size;
  }
  return result;
}

/** The same figures from what the portfolio resolver answers, rounded alike for comparison. */
export function figuresOf(investment: Investment) {
  const round = (n: number) => Math.round(n * 1e9) / 1e9;
  return {
    total: round(investment.total),
    split: round(investment.split),
    unassigned: round(investment.unassigned),
    openEpics: investment.openEpics,
    unestimated: investment.unestimated,
    markets: Object.fromEntries(investment.markets.map((m) => [m.marketId, round(m.amount)])),
    layers: Object.fromEntries(investment.layers.map((l) => [l.layer, round(l.amount)])),
  };
}

export function roundFigures(figures: ReturnType<typeof investmentFromRecords>) {
  const round = (n: number) => Math.round(n * 1e9) / 1e9;
  return {
    total: round(figures.total),
    split: round(figures.split),
    unassigned: round(figures.unassigned),
    openEpics: figures.openEpics,
    unestimated: figures.unestimated,
    markets: Object.fromEntries(Object.entries(figures.markets).map(([id, n]) => [id, round(n)])),
    layers: Object.fromEntries(Object.entries(figures.layers).map(([id, n]) => [id, round(n)])),
  };
}
