import { DEFAULT_SETTINGS } from '../../../src/contract';
import { priorityScore, priorityScores, rankSolutions, solutionScore } from '../../../src/domain';
import { makeMarket, makePriority, makeSolution } from './factories';

const weights = DEFAULT_SETTINGS.layerWeights; // executive 3, senior-manager 2, user 1
const banks = makeMarket({ id: 'mkt_banks0001', strategicWeight: 5 });
const insurers = makeMarket({ id: 'mkt_insure001', strategicWeight: 2 });

const close = makePriority({ id: 'pri_close0001', marketId: banks.id, importance: 4, layer: 'executive' }); // 5×4×3 = 60
const login = makePriority({ id: 'pri_login0001', marketId: banks.id, importance: 2, layer: 'user' }); // 5×2×1 = 10
const claims = makePriority({
  id: 'pri_claims001',
  marketId: insurers.id,
  importance: 5,
  layer: 'senior-manager',
}); // 2×5×2 = 20
const retired = makePriority({ id: 'pri_retired01', marketId: banks.id, importance: 5, status: 'retired' }); // 0

describe('priority scores', () => {
  it('multiplies market weight, importance and layer weight', () => {
    expect(priorityScores([banks, insurers], [close, login, claims, retired], weights)).toEqual([
      { priorityId: close.id, score: 60 },
      { priorityId: login.id, score: 10 },
      { priorityId: claims.id, score: 20 },
      { priorityId: retired.id, score: 0 },
    ]);
  });

  it('scores 0 when the market is unknown', () => {
    expect(priorityScore(close, undefined, weights)).toBe(0);
  });

  it('follows the layer weights in the settings', () => {
    expect(priorityScore(close, banks, { executive: 0.5, 'senior-manager': 2, user: 1 })).toBe(10);
  });
});

describe('rankSolutions', () => {
  const top = makeSolution({ name: 'Continuous close', priorityIds: [close.id] }); // 60
  const wide = makeSolution({ name: 'Self-service', priorityIds: [login.id, claims.id] }); // 10 + 20 = 30
  const alpha = makeSolution({ name: 'alpha portal', priorityIds: [claims.id, login.id] }); // 30, tie
  const stale = makeSolution({ name: 'Legacy bridge', priorityIds: [retired.id] }); // 0
  const dropped = makeSolution({ name: 'Dropped idea', priorityIds: [close.id], status: 'dropped' });

  it('sums the scores of the priorities a solution addresses', () => {
    const scores = new Map([
      [login.id, 10],
      [claims.id, 20],
    ]);
    expect(solutionScore(wide, scores)).toBe(30);
    expect(solutionScore(top, scores)).toBe(0);
  });

  it('ranks by score, ties share a rank and sort by name, the next rank follows densely', () => {
    const ranking = rankSolutions(
      [banks, insurers],
      [close, login, claims, retired],
      [stale, wide, alpha, top],
      weights,
    );
    expect(ranking).toEqual([
      { solutionId: top.id, rank: 1, score: 60 },
      { solutionId: alpha.id, rank: 2, score: 30 },
      { solutionId: wide.id, rank: 2, score: 30 },
      { solutionId: stale.id, rank: 3, score: 0 },
    ]);
  });

  it('leaves dropped solutions out of the ranking', () => {
    const ranking = rankSolutions([banks], [close], [dropped, top], weights);
    expect(ranking).toEqual([{ solutionId: top.id, rank: 1, score: 60 }]);
  });

  it('is empty for an empty portfolio', () => {
    expect(rankSolutions([], [], [], weights)).toEqual([]);
  });

  it('treats fractional sums that are equal as a tie (0.1 + 0.2 = 0.3)', () => {
    const one = makeMarket({ strategicWeight: 1 });
    const tenths = { executive: 0.3, 'senior-manager': 0.2, user: 0.1 };
    const u = makePriority({ marketId: one.id, importance: 1, layer: 'user' });
    const m = makePriority({ marketId: one.id, importance: 1, layer: 'senior-manager' });
    const e = makePriority({ marketId: one.id, importance: 1, layer: 'executive' });
    const a = makeSolution({ name: 'A', priorityIds: [u.id, m.id] });
    const b = makeSolution({ name: 'B', priorityIds: [e.id] });
    expect(rankSolutions([one], [u, m, e], [b, a], tenths)).toEqual([
      { solutionId: a.id, rank: 1, score: 0.3 },
      { solutionId: b.id, rank: 1, score: 0.3 },
    ]);
  });
});
