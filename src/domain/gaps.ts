import type { Contribution, Gap, GapName, Market, Priority, Solution } from '../contract';
import { compareText } from './order';
import { expectsEpics, isActiveMarket, isActivePriority, isLiveSolution } from './rules';

/**
 * Coverage gaps: where the strategy has a hole. Listed top-down the way the strategy tree reads
 * (markets, then priorities, then solutions), each kind sorted by name.
 *
 * Rules:
 * - market-without-executive-priority: a market not being exited has no active (non-retired)
 *   priority at the executive layer.
 * - priority-unaddressed: an active priority that no live solution addresses. A dropped solution
 *   does not count as addressing; a delivered one does.
 * - priority-only-proposed: an active priority whose live solutions are all still proposed.
 * - solution-without-epics: a solution still expected to get epics (not dropped, not delivered)
 *   that no epic contributes to.
 * Priorities of a market being exited are not gaps: nobody should start work for them.
 */
export function findGaps(
  markets: readonly Pick<Market, 'id' | 'name' | 'status'>[],
  priorities: readonly Pick<Priority, 'id' | 'marketId' | 'title' | 'layer' | 'status'>[],
  solutions: readonly Pick<Solution, 'id' | 'name' | 'status' | 'priorityIds'>[],
  contributions: readonly Pick<Contribution, 'solutionId'>[],
): Gap[] {
  const marketById = new Map(markets.map((m) => [m.id, m]));
  const byName =
    <T>(name: (t: T) => string) =>
    (a: T, b: T) =>
      compareText(name(a), name(b));
  const gaps: Gap[] = [];

  const activePriorities = priorities.filter(isActivePriority);
  const marketsWithExecutivePriority = new Set(
    activePriorities.filter((p) => p.layer === 'executive').map((p) => p.marketId),
  );
  for (const m of markets.filter(isActiveMarket).sort(byName((x) => x.name))) {
    if (marketsWithExecutivePriority.has(m.id)) continue;
    gaps.push({
      kind: 'market-without-executive-priority',
      entityType: 'market',
      entityId: m.id,
      message: `Nothing in the market "${m.name}" speaks to executives yet: add a business priority at the executive layer.`,
      names: [marketName(m)],
    });
  }

  const liveSolutions = solutions.filter(isLiveSolution);
  const unaddressed: Gap[] = [];
  const onlyProposed: Gap[] = [];
  for (const p of activePriorities.sort(byName((x) => x.title))) {
    const market = marketById.get(p.marketId);
    if (market && !isActiveMarket(market)) continue;
    const where = market ? ` in "${market.name}"` : '';
    const names: GapName[] = [
      { type: 'priority', id: p.id, name: p.title, marketId: p.marketId },
      ...(market ? [marketName(market)] : []),
    ];
    const addressing = liveSolutions.filter((s) => s.priorityIds.includes(p.id));
    if (addressing.length === 0) {
      unaddressed.push({
        kind: 'priority-unaddressed',
        entityType: 'priority',
        entityId: p.id,
        message: `No solution addresses the priority "${p.title}"${where} yet.`,
        names,
      });
    } else if (addressing.every((s) => s.status === 'proposed')) {
      onlyProposed.push({
        kind: 'priority-only-proposed',
        entityType: 'priority',
        entityId: p.id,
        message: `The priority "${p.title}"${where} is addressed only by proposed solutions: nobody has committed to deliver it yet.`,
        names,
      });
    }
  }
  gaps.push(...unaddressed, ...onlyProposed);

  const contributed = new Set(contributions.map((c) => c.solutionId));
  const marketOf = new Map(priorities.map((p) => [p.id, p.marketId]));
  for (const s of solutions.filter(expectsEpics).sort(byName((x) => x.name))) {
    if (contributed.has(s.id)) continue;
    gaps.push({
      kind: 'solution-without-epics',
      entityType: 'solution',
      entityId: s.id,
      message: `The solution "${s.name}" has no epics yet: link the epics each product will deliver.`,
      names: [
        {
          type: 'solution',
          id: s.id,
          name: s.name,
          marketId: s.priorityIds.map((id) => marketOf.get(id)).find((id) => id !== undefined) ?? null,
        },
      ],
    });
  }
  return gaps;
}

const marketName = (m: Pick<Market, 'id' | 'name'>): GapName => ({
  type: 'market',
  id: m.id,
  name: m.name,
  marketId: m.id,
});
