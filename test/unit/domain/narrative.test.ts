import { DEFAULT_SETTINGS, type Contribution } from '../../../src/contract';
import { buildNarrative, type PortfolioData } from '../../../src/domain';
import { children, makeContribution, makeMarket, makePriority, makeSolution, projectIdOf } from './factories';

const weights = DEFAULT_SETTINGS.layerWeights; // executive 3, senior-manager 2, user 1
const banks = makeMarket({ id: 'mkt_banks0001', name: 'Mid-size banks', strategicWeight: 5 });
const insurers = makeMarket({ id: 'mkt_insure001', name: 'Insurers', strategicWeight: 2 });
const credit = makeMarket({ id: 'mkt_credit001', name: 'Credit unions', strategicWeight: 5 });

// Scores: close 5×4×3 = 60, login 5×5×1 = 25, claims 2×5×2 = 20.
const close = makePriority({
  id: 'pri_close0001',
  marketId: banks.id,
  title: 'Close in 3 days',
  importance: 4,
});
const login = makePriority({
  id: 'pri_login0001',
  marketId: banks.id,
  title: 'Fast login',
  importance: 5,
  layer: 'user',
});
const claims = makePriority({
  marketId: insurers.id,
  title: 'Settle claims in a day',
  importance: 5,
  layer: 'senior-manager',
});
const retired = makePriority({ marketId: banks.id, title: 'Old goal', status: 'retired', importance: 5 });

const ledger = makeSolution({
  name: 'Continuous close',
  valueStatement: 'Books close themselves.',
  priorityIds: [close.id],
});
const portal = makeSolution({ name: 'One portal', priorityIds: [login.id, close.id], status: 'proposed' }); // 25 + 60 = 85
const dropped = makeSolution({ name: 'Abandoned', priorityIds: [close.id], status: 'dropped' });

const contributions: Contribution[] = [
  makeContribution({ solutionId: ledger.id, epicKey: 'PLAT-1', snapshot: children(1, 2) }),
  makeContribution({ solutionId: ledger.id, epicKey: 'SECRET-1', snapshot: children(0, 4) }),
  makeContribution({ solutionId: ledger.id, epicKey: 'DATA-3', snapshot: children(4, 4) }),
];
const data: PortfolioData = {
  markets: [insurers, banks, credit],
  priorities: [retired, login, claims, close],
  solutions: [dropped, ledger, portal],
  contributions,
};
const hideSecret = (c: Contribution) => c.projectKey !== 'SECRET';

describe('buildNarrative', () => {
  const story = buildNarrative(data, weights, hideSecret);

  it('tells markets by strategic weight, ties by name, including a market with nothing yet', () => {
    expect(story.map((m) => [m.name, m.priorities.length])).toEqual([
      ['Credit unions', 0],
      ['Mid-size banks', 2],
      ['Insurers', 1],
    ]);
  });

  it('tells a market priorities by score and leaves retired ones out', () => {
    expect(story[1].priorities.map((p) => [p.title, p.layer])).toEqual([
      ['Close in 3 days', 'executive'],
      ['Fast login', 'user'],
    ]);
  });

  it('tells the solutions under each priority they address, best-scored first, never dropped ones', () => {
    const [closePriority, loginPriority] = story[1].priorities;
    expect(closePriority.solutions.map((s) => s.name)).toEqual(['One portal', 'Continuous close']);
    expect(loginPriority.solutions.map((s) => s.name)).toEqual(['One portal']);
    expect(story[2].priorities[0].solutions).toEqual([]);
  });

  it('describes a solution in customer words with the products it needs and its readiness', () => {
    const told = buildNarrative(data, weights, hideSecret, new Map([[projectIdOf('PLAT'), 'Platform']]))[1]
      .priorities[0].solutions[1];
    expect(told).toEqual({
      solutionId: ledger.id,
      name: 'Continuous close',
      valueStatement: 'Books close themselves.',
      status: 'committed',
      // SECRET is hidden from this viewer: its epic is counted, never named; its readiness (0/4 = 0)
      // still counts as the weakest. A product with no name known is told by its key.
      products: ['DATA', 'Platform'],
      hiddenEpics: 1,
      weakestProduct: null,
      readiness: { weakest: 0, weakestProjectKey: null, average: (0.5 + 0 + 1) / 3 },
    });
  });

  it('is empty for an empty portfolio', () => {
    expect(
      buildNarrative({ markets: [], priorities: [], solutions: [], contributions: [] }, weights, () => true),
    ).toEqual([]);
  });
});
