import type { Contribution, Market, Priority, Solution } from '../../../src/contract';
import { findGaps } from '../../../src/domain';
import { makeContribution, makeMarket, makePriority, makeSolution } from './factories';

const banks = makeMarket({ id: 'mkt_banks0001', name: 'Mid-size banks' });
const close = makePriority({
  id: 'pri_close0001',
  marketId: banks.id,
  title: 'Close the books in three days',
});

/** Gaps as [kind, entityId] pairs: the shape a reader checks first. */
function gapsOf(
  markets: Market[],
  priorities: Priority[],
  solutions: Solution[],
  contributions: Contribution[],
) {
  return findGaps(markets, priorities, solutions, contributions).map((g) => [g.kind, g.entityId]);
}

describe('findGaps', () => {
  it('finds nothing in an empty portfolio', () => {
    expect(findGaps([], [], [], [])).toEqual([]);
  });

  it('finds nothing when every market, priority and solution is covered', () => {
    const s = makeSolution({ priorityIds: [close.id], status: 'in-delivery' });
    const c = makeContribution({ solutionId: s.id, epicKey: 'PLAT-1' });
    expect(findGaps([banks], [close], [s], [c])).toEqual([]);
  });

  it('names a priority no solution addresses, with its market', () => {
    const [gap] = findGaps([banks], [close], [], []);
    expect(gap).toEqual({
      kind: 'priority-unaddressed',
      entityType: 'priority',
      entityId: close.id,
      message: 'No solution addresses the priority "Close the books in three days" in "Mid-size banks" yet.',
      // Each quoted name, in order, with where the page links it (issue 10).
      names: [
        { type: 'priority', id: close.id, name: 'Close the books in three days', marketId: banks.id },
        { type: 'market', id: banks.id, name: 'Mid-size banks', marketId: banks.id },
      ],
    });
  });

  it('does not count a dropped solution as addressing a priority', () => {
    const dropped = makeSolution({ priorityIds: [close.id], status: 'dropped' });
    expect(gapsOf([banks], [close], [dropped], [])).toEqual([['priority-unaddressed', close.id]]);
  });

  it('counts a delivered solution as addressing, and does not ask it for epics', () => {
    const delivered = makeSolution({ priorityIds: [close.id], status: 'delivered' });
    expect(gapsOf([banks], [close], [delivered], [])).toEqual([]);
  });

  it('never reports a retired priority', () => {
    const retired = makePriority({ marketId: banks.id, status: 'retired', layer: 'user' });
    expect(gapsOf([banks], [close, retired], [], [])).toEqual([['priority-unaddressed', close.id]]);
  });

  it('names a solution with no epics, and skips dropped ones', () => {
    const s = makeSolution({ priorityIds: [close.id], name: 'Continuous close' });
    const dropped = makeSolution({ priorityIds: [close.id], status: 'dropped', name: 'Old idea' });
    const gaps = findGaps([banks], [close], [s, dropped], []);
    expect(gaps).toEqual([
      {
        kind: 'solution-without-epics',
        entityType: 'solution',
        entityId: s.id,
        message:
          'The solution "Continuous close" has no epics yet: link the epics each product will deliver.',
        // Linked under the market of its first priority, where the strategy tree shows it.
        names: [{ type: 'solution', id: s.id, name: 'Continuous close', marketId: banks.id }],
      },
    ]);
  });

  it('names a market with no executive-layer priority', () => {
    const user = makePriority({ marketId: banks.id, layer: 'user' });
    const retiredExec = makePriority({ marketId: banks.id, layer: 'executive', status: 'retired' });
    const s = makeSolution({ priorityIds: [user.id] });
    const c = makeContribution({ solutionId: s.id, epicKey: 'PLAT-1' });
    const gaps = findGaps([banks], [user, retiredExec], [s], [c]);
    expect(gaps).toEqual([
      {
        kind: 'market-without-executive-priority',
        entityType: 'market',
        entityId: banks.id,
        message:
          'Nothing in the market "Mid-size banks" speaks to executives yet: add a business priority at the executive layer.',
        names: [{ type: 'market', id: banks.id, name: 'Mid-size banks', marketId: banks.id }],
      },
    ]);
  });

  it('leaves a market being exited, and its priorities, alone', () => {
    const leaving = makeMarket({ status: 'exit' });
    const old = makePriority({ marketId: leaving.id, layer: 'user' });
    expect(gapsOf([leaving], [old], [], [])).toEqual([]);
  });

  it('flags a priority addressed only by proposed solutions, until one is committed', () => {
    const p1 = makeSolution({ priorityIds: [close.id], status: 'proposed' });
    const p2 = makeSolution({ priorityIds: [close.id], status: 'proposed' });
    const epics = [p1, p2].map((s, i) => makeContribution({ solutionId: s.id, epicKey: `PLAT-${i + 1}` }));
    const [gap] = findGaps([banks], [close], [p1, p2], epics);
    expect(gap.kind).toBe('priority-only-proposed');
    expect(gap.message).toBe(
      'The priority "Close the books in three days" in "Mid-size banks" is addressed only by proposed solutions: nobody has committed to deliver it yet.',
    );
    const committed = makeSolution({ priorityIds: [close.id], status: 'committed' });
    const epic = makeContribution({ solutionId: committed.id, epicKey: 'PLAT-9' });
    expect(gapsOf([banks], [close], [p1, p2, committed], [...epics, epic])).toEqual([]);
  });

  it('lists markets, then unaddressed and proposed-only priorities, then solutions, each by name', () => {
    const retail = makeMarket({ name: 'retail chains' });
    const zeta = makePriority({ marketId: banks.id, title: 'Zero audit findings', layer: 'user' });
    const alpha = makePriority({ marketId: banks.id, title: 'approve loans same day', layer: 'user' });
    const proposedOnly = makePriority({ marketId: banks.id, title: 'Beat churn', layer: 'user' });
    const idea = makeSolution({ priorityIds: [proposedOnly.id, close.id], status: 'proposed', name: 'Idea' });
    const aim = makeSolution({ priorityIds: [close.id], name: 'aim' });
    const gaps = gapsOf([retail, banks], [zeta, close, alpha, proposedOnly], [idea, aim], []);
    expect(gaps).toEqual([
      ['market-without-executive-priority', retail.id],
      ['priority-unaddressed', alpha.id],
      ['priority-unaddressed', zeta.id],
      ['priority-only-proposed', proposedOnly.id],
      ['solution-without-epics', aim.id],
      ['solution-without-epics', idea.id],
    ]);
  });
});
