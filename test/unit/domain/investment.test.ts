import type { Contribution, Market, Priority, Solution } from '../../../src/contract';
import { buildShards, investmentOf, type InvestmentInput } from '../../../src/domain';
import { children, makeContribution, makeMarket, makePriority, makeSolution } from './factories';

/** The read model's lists, as the portfolio resolvers merge them, built from records. */
function modelOf(records: {
  markets: Market[];
  priorities: Priority[];
  solutions: Solution[];
  contributions: Contribution[];
}): InvestmentInput {
  const shards = buildShards({ ...records, products: [] }, new Map());
  return {
    markets: shards.flatMap((s) => Object.values(s.markets)),
    priorities: shards.flatMap((s) => Object.values(s.priorities)),
    solutions: shards.flatMap((s) => Object.values(s.solutions)),
    products: shards.flatMap((s) => Object.values(s.products)),
  };
}

/** Two contributions of the same epic (same id and key) to two solutions. */
function sharedEpic(epicKey: string, solutionIds: string[], snapshot = {}): Contribution[] {
  return solutionIds.map((solutionId) =>
    makeContribution({ solutionId, epicKey, epicId: `id-${epicKey}`, snapshot }),
  );
}

/**
 * The worked example. Finance has strategic weight 4, Retail 1. Five open epics:
 * BILL-1, BILL-2 and IAM-1 serve Finance (solution "Close"), MOB-1 serves Retail ("Stores"),
 * and PLAT-1 serves both (linked to both solutions).
 *
 * By hand: PLAT-1 counts once, half to each market.
 *   Finance: 1 + 1 + 1 + ½ = 3.5 of 5 = 70 %   strategic 4 / (4 + 1) = 80 %   gap −10 points
 *   Retail:  1 + ½         = 1.5 of 5 = 30 %   strategic 1 / (4 + 1) = 20 %   gap +10 points
 * Close addresses an executive priority, Stores a user one: executive 70 %, user 30 %.
 */
function workedExample() {
  const finance = makeMarket({ name: 'Finance', strategicWeight: 4 });
  const retail = makeMarket({ name: 'Retail', strategicWeight: 1 });
  const closeBooks = makePriority({ marketId: finance.id, layer: 'executive' });
  const openStores = makePriority({ marketId: retail.id, layer: 'user' });
  const close = makeSolution({ name: 'Close', priorityIds: [closeBooks.id] });
  const stores = makeSolution({ name: 'Stores', priorityIds: [openStores.id] });
  const contributions = [
    makeContribution({ solutionId: close.id, epicKey: 'BILL-1' }),
    makeContribution({ solutionId: close.id, epicKey: 'BILL-2' }),
    makeContribution({ solutionId: close.id, epicKey: 'IAM-1' }),
    makeContribution({ solutionId: stores.id, epicKey: 'MOB-1' }),
    ...sharedEpic('PLAT-1', [close.id, stores.id]),
  ];
  return {
    finance,
    retail,
    priorities: [closeBooks, openStores],
    solutions: [close, stores],
    contributions,
  };
}

test('the worked example: an epic serving two markets counts once, half to each', () => {
  const x = workedExample();
  const model = modelOf({ markets: [x.finance, x.retail], ...x });
  const result = investmentOf(model, 'open-epics');

  expect(result.total).toBe(5);
  expect(result.split).toBe(1);
  expect(result.unassigned).toBe(0);
  const [first, second] = result.markets;
  expect(first).toMatchObject({ name: 'Finance', amount: 3.5, exitWithOpenWork: false });
  expect(first.investmentShare).toBeCloseTo(0.7, 10);
  expect(first.strategicShare).toBeCloseTo(0.8, 10);
  expect(first.gap).toBeCloseTo(-0.1, 10);
  expect(second).toMatchObject({ name: 'Retail', amount: 1.5 });
  expect(second.investmentShare).toBeCloseTo(0.3, 10);
  expect(second.strategicShare).toBeCloseTo(0.2, 10);
  expect(second.gap).toBeCloseTo(0.1, 10);
  expect(result.layers.map((l) => [l.layer, l.amount])).toEqual([
    ['executive', 3.5],
    ['senior-manager', 0],
    ['user', 1.5],
  ]);
});

test('one solution addressing priorities in both markets splits its epics the same way', () => {
  const x = workedExample();
  const [closeBooks, openStores] = x.priorities;
  const both = makeSolution({ name: 'Both', priorityIds: [closeBooks.id, openStores.id] });
  const contributions = [
    ...x.contributions.filter((c) => c.epicKey !== 'PLAT-1'),
    makeContribution({ solutionId: both.id, epicKey: 'PLAT-1' }),
  ];
  const result = investmentOf(
    modelOf({
      markets: [x.finance, x.retail],
      priorities: x.priorities,
      solutions: [...x.solutions, both],
      contributions,
    }),
    'open-epics',
  );
  expect(result.markets.map((m) => [m.name, m.amount])).toEqual([
    ['Finance', 3.5],
    ['Retail', 1.5],
  ]);
});

test('done epics and dropped solutions are not investment; an epic also in a dropped solution counts in full', () => {
  const x = workedExample();
  const [close, stores] = x.solutions;
  const droppedStores = { ...stores, status: 'dropped' as const };
  const contributions = [
    ...x.contributions,
    makeContribution({ solutionId: close.id, epicKey: 'BILL-3', snapshot: { statusCategory: 'done' } }),
  ];
  const result = investmentOf(
    modelOf({
      markets: [x.finance, x.retail],
      priorities: x.priorities,
      solutions: [close, droppedStores],
      contributions,
    }),
    'open-epics',
  );
  // BILL-1, BILL-2, IAM-1 and PLAT-1 (now serving Close only); MOB-1 serves only the dropped one.
  expect(result.total).toBe(4);
  expect(result.markets.find((m) => m.name === 'Finance')!.amount).toBe(4);
  expect(result.markets.find((m) => m.name === 'Retail')!.amount).toBe(0);
});

test('an exit market has no strategic share, and work still going to it is called out', () => {
  const x = workedExample();
  const retail = { ...x.retail, status: 'exit' as const };
  const result = investmentOf(modelOf({ markets: [x.finance, retail], ...x }), 'open-epics');
  const exit = result.markets.find((m) => m.name === 'Retail')!;
  expect(exit).toMatchObject({ strategicShare: 0, exitWithOpenWork: true, amount: 1.5 });
  expect(result.markets.find((m) => m.name === 'Finance')!.strategicShare).toBe(1);
  // Finance gap −30 points, Retail +30: equal sizes sort by name.
  expect(result.markets.map((m) => m.name)).toEqual(['Finance', 'Retail']);
});

test('open units: child issues not done, an open epic with none counting one', () => {
  const x = workedExample();
  const [close, stores] = x.solutions;
  const contributions = [
    makeContribution({ solutionId: close.id, epicKey: 'BILL-1', snapshot: children(2, 10) }), // 8
    makeContribution({ solutionId: stores.id, epicKey: 'MOB-1' }), // no children: 1
    ...sharedEpic('PLAT-1', [close.id, stores.id], children(1, 5)), // 4, split 2 and 2
  ];
  const model = modelOf({
    markets: [x.finance, x.retail],
    priorities: x.priorities,
    solutions: x.solutions,
    contributions,
  });
  const result = investmentOf(model, 'open-units');
  expect(result).toMatchObject({ measure: 'open-units', total: 13, split: 4 });
  expect(result.markets.map((m) => [m.name, m.amount])).toEqual([
    ['Finance', 10],
    ['Retail', 3],
  ]);
});

test("one product's growth work: only its cells and its shared epics", () => {
  const x = workedExample();
  const model = modelOf({ markets: [x.finance, x.retail], ...x });
  const plat = x.contributions.find((c) => c.epicKey === 'PLAT-1')!.projectId;
  const bill = x.contributions.find((c) => c.epicKey === 'BILL-1')!.projectId;
  expect(
    investmentOf(model, 'open-epics', plat)
      .markets.map((m) => [m.name, m.amount])
      .sort(),
  ).toEqual([
    ['Finance', 0.5],
    ['Retail', 0.5],
  ]);
  expect(investmentOf(model, 'open-epics', bill).total).toBe(2);
});

test('work whose solution addresses no priority left serves no market, and an empty portfolio has no shares', () => {
  const x = workedExample();
  const orphan = makeSolution({ name: 'Orphan', priorityIds: ['pri_gone00001'] });
  const contributions = [makeContribution({ solutionId: orphan.id, epicKey: 'ANLY-1' })];
  const result = investmentOf(
    modelOf({ markets: [x.finance], priorities: x.priorities, solutions: [orphan], contributions }),
    'open-epics',
  );
  expect(result).toMatchObject({ total: 1, unassigned: 1 });
  expect(result.markets[0]).toMatchObject({ amount: 0, investmentShare: 0 });
  const empty = investmentOf(
    modelOf({ markets: [], priorities: [], solutions: [], contributions: [] }),
    'open-epics',
  );
  expect(empty).toMatchObject({ total: 0, markets: [], layers: [{ share: 0 }, { share: 0 }, { share: 0 }] });
});

test("a solution's cells keep the latest due date of their epics and the open units of their open epics", () => {
  const x = workedExample();
  const [close] = x.solutions;
  const contributions = [
    makeContribution({
      solutionId: close.id,
      epicKey: 'BILL-1',
      snapshot: { dueDate: '2026-05-01', ...children(1, 4) },
    }),
    makeContribution({
      solutionId: close.id,
      epicKey: 'BILL-2',
      snapshot: { dueDate: '2026-09-30', statusCategory: 'done', ...children(2, 2) },
    }),
    makeContribution({ solutionId: close.id, epicKey: 'BILL-3' }),
  ];
  const [cell] = modelOf({
    markets: [x.finance],
    priorities: x.priorities,
    solutions: [close],
    contributions,
  }).solutions[0].cells;
  // The done epic's date counts (it is one of the solution's epics), its units do not.
  expect(cell).toMatchObject({ epics: 3, openEpics: 2, openUnits: 3 + 1, due: '2026-09-30' });
});
