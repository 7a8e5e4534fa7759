import type { Contribution, Market, Priority, Solution } from '../../../src/contract';
import { buildShards, investmentOf, type InvestmentInput } from '../../../src/domain';
import { makeContribution, makeMarket, makePriority, makeSolution, projectIdOf } from './factories';

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

const FIELD = { id: 'customfield_10016', name: 'Story point estimate' };

/**
 * The worked example, measured in story points. Finance has strategic weight 4, Retail 1.
 * Six open epics and one done:
 *   Close (Finance, executive):  BILL-1 8 points, BILL-2 no estimate, IAM-1 5 points, BILL-3 done (13)
 *   Stores (Retail, user):       MOB-1 3 points
 *   both solutions:              PLAT-1 10 points, linked to Close and Stores
 *   Close again:                 IAM-2 no estimate
 *
 * By hand: the done epic is not open work; PLAT-1 counts once, 5 points to each market; epics with
 * no estimate count 0.
 *   total   8 + 0 + 5 + 3 + 10 + 0 = 26 points; 2 of 6 open epics have no estimate
 *   Finance 8 + 5 + 5 = 18 of 26 = 69.2 %   strategic 4 / 5 = 80 %   gap −10.8 points
 *   Retail  3 + 5     =  8 of 26 = 30.8 %   strategic 1 / 5 = 20 %   gap +10.8 points
 *   layers: executive 18, user 8.
 */
function example() {
  const finance = makeMarket({ name: 'Finance', strategicWeight: 4 });
  const retail = makeMarket({ name: 'Retail', strategicWeight: 1 });
  const closeBooks = makePriority({ marketId: finance.id, layer: 'executive' });
  const openStores = makePriority({ marketId: retail.id, layer: 'user' });
  const close = makeSolution({ name: 'Close', priorityIds: [closeBooks.id] });
  const stores = makeSolution({ name: 'Stores', priorityIds: [openStores.id] });
  const epic = (solutionId: string, epicKey: string, estimate: number | null, over = {}) =>
    makeContribution({ solutionId, epicKey, epicId: `id-${epicKey}`, snapshot: { estimate, ...over } });
  const contributions = [
    epic(close.id, 'BILL-1', 8),
    epic(close.id, 'BILL-2', null),
    epic(close.id, 'IAM-1', 5),
    epic(close.id, 'BILL-3', 13, { statusCategory: 'done' }),
    epic(stores.id, 'MOB-1', 3),
    epic(close.id, 'PLAT-1', 10),
    epic(stores.id, 'PLAT-1', 10),
    epic(close.id, 'IAM-2', null),
  ];
  return modelOf({
    markets: [finance, retail],
    priorities: [closeBooks, openStores],
    solutions: [close, stores],
    contributions,
  });
}

test('shares in story points, worked by hand: a shared epic counts once, an epic without estimate counts 0', () => {
  const result = investmentOf(example(), 'estimate', undefined, FIELD);

  expect(result).toMatchObject({
    measure: 'estimate',
    estimateField: FIELD,
    total: 26,
    split: 10,
    unassigned: 0,
  });
  expect(result).toMatchObject({ openEpics: 6, unestimated: 2 });
  const [finance, retail] = result.markets;
  expect(finance).toMatchObject({ name: 'Finance', amount: 18 });
  expect(finance.investmentShare).toBeCloseTo(18 / 26, 10);
  expect(finance.strategicShare).toBeCloseTo(0.8, 10);
  expect(finance.gap).toBeCloseTo(18 / 26 - 0.8, 10);
  expect(retail).toMatchObject({ name: 'Retail', amount: 8 });
  expect(retail.investmentShare).toBeCloseTo(8 / 26, 10);
  expect(retail.gap).toBeCloseTo(8 / 26 - 0.2, 10);
  expect(result.layers.map((l) => [l.layer, l.amount])).toEqual([
    ['executive', 18],
    ['senior-manager', 0],
    ['user', 8],
  ]);
});

test('the same work in open epics: the counts of epics agree whatever the measure', () => {
  const result = investmentOf(example(), 'open-epics');
  // Finance: BILL-1, BILL-2, IAM-1, IAM-2 and half of PLAT-1; Retail: MOB-1 and the other half.
  expect(result).toMatchObject({ total: 6, openEpics: 6, unestimated: 2, estimateField: null });
  expect(result.markets.map((m) => [m.name, m.amount])).toEqual([
    ['Finance', 4.5],
    ['Retail', 1.5],
  ]);
});

test('one product: only its epics, its unestimated epics counted the same way', () => {
  const bill = investmentOf(example(), 'estimate', projectIdOf('BILL'), FIELD);
  // BILL-1 (8) and BILL-2 (none); BILL-3 is done.
  expect(bill).toMatchObject({ total: 8, openEpics: 2, unestimated: 1 });
});

test('no estimate anywhere: nothing to share out, every open epic said to have none', () => {
  const unestimated = example();
  for (const s of unestimated.solutions) for (const c of s.cells) c.estimate = 0;
  for (const p of unestimated.products) for (const g of p.shared) g.estimate = 0;
  const result = investmentOf(unestimated, 'estimate', undefined, FIELD);
  expect(result.total).toBe(0);
  expect(result.markets.every((m) => m.investmentShare === 0)).toBe(true);
});
