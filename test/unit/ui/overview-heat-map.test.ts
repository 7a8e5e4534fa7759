import type { MatrixRowSummary, SolutionBrief } from '../../../src/contract';
import { heatMap, heatOf } from '../../../static/portfolio/src/overview/heatMap';

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

const row = (n: number, projects: string[]): MatrixRowSummary => ({
  solutionId: `sol_${n}`,
  integrationIndex: projects.length,
  singleProduct: projects.length === 1,
  epics: projects.length,
  cells: projects.map((projectId) => ({ projectId, epics: 1, openEpics: 1, readiness: 0.5 })),
  readiness: { weakest: 0.5, weakestProjectKey: null, average: 0.5 },
});

/** A portfolio as large as L: 500 solutions, each needing a few of 500 products. */
function large() {
  const solutions = Array.from({ length: 500 }, (_, i) => brief(i + 1));
  const items = solutions.slice(0, 50).map((s, i) =>
    row(
      i + 1,
      Array.from({ length: 12 }, (_, k) => `p${(i * 7 + k * 13) % 500}`),
    ),
  );
  return { solutions, matrix: { items, offset: 0, total: 500 } };
}

describe('the overview’s readiness heat map', () => {
  it('draws at most 8 solutions × 8 products at L, and says how many it leaves out', () => {
    const map = heatMap(large());
    expect(map.rows).toHaveLength(8);
    expect(map.columns).toHaveLength(8);
    expect(map.solutionsTotal).toBe(500);
    expect(map.productsLeftOut).toBeGreaterThan(0);
    expect(map.rows.map((r) => r.solution.id)).toEqual(Array.from({ length: 8 }, (_, i) => `sol_${i + 1}`));
  });

  it('leaves dropped solutions out, and gives columns to the products most shown solutions need', () => {
    const solutions = [brief(1), brief(2, 'dropped'), brief(3)];
    const items = [row(1, ['a', 'b']), row(2, ['c', 'c2', 'c3']), row(3, ['b', 'd'])];
    const map = heatMap({ solutions, matrix: { items, offset: 0, total: 3 } }, 8, 2);
    expect(map.rows.map((r) => r.solution.id)).toEqual(['sol_1', 'sol_3']);
    expect(map.columns).toEqual(['b', 'a']);
    expect(map.productsLeftOut).toBe(1);
    expect(map.solutionsTotal).toBe(2);
  });

  it('bands readiness in thirds', () => {
    expect([0, 0.33, 0.34, 0.66, 0.67, 1].map(heatOf)).toEqual(['low', 'low', 'mid', 'mid', 'high', 'high']);
  });
});
