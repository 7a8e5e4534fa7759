import type { SolutionBrief } from '../../../src/contract';
import { rankedSolutions } from '../../../static/portfolio/src/ranking/rankingFilter';

const brief = (n: number, status: SolutionBrief['status'] = 'committed'): SolutionBrief => ({
  id: `sol_${n}`,
  name: `Solution ${n}`,
  status,
  horizon: 'now',
  priorityIds: ['pri_1'],
  version: 1,
  rank: status === 'dropped' ? null : n,
  score: 100 - n,
  marketIds: ['mkt_1'],
  readiness: null,
});

describe('the ranking’s filters', () => {
  const solutions: SolutionBrief[] = [
    { ...brief(2), name: 'Alpha', horizon: 'next', marketIds: ['mkt_b'] },
    { ...brief(1), name: 'Zulu', marketIds: ['mkt_a', 'mkt_b'] },
    { ...brief(3, 'dropped'), name: 'Dropped', marketIds: ['mkt_a'] },
    { ...brief(4), name: 'Mike', status: 'proposed', marketIds: ['mkt_a'] },
  ];
  const names = (filter: Parameters<typeof rankedSolutions>[1]) =>
    rankedSolutions(solutions, filter).map((s) => s.name);

  it('lists ranked solutions by rank, never the dropped ones', () => {
    expect(names({})).toEqual(['Zulu', 'Alpha', 'Mike']);
  });

  it('narrows by market, horizon and status together, and orders by name when asked', () => {
    expect(names({ market: 'mkt_a' })).toEqual(['Zulu', 'Mike']);
    expect(names({ market: 'mkt_b', horizon: 'now' })).toEqual(['Zulu']);
    expect(names({ status: 'proposed' })).toEqual(['Mike']);
    expect(names({ sort: 'name' })).toEqual(['Alpha', 'Mike', 'Zulu']);
  });
});
