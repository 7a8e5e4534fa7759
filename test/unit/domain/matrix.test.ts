import type { Contribution } from '../../../src/contract';
import { buildMatrix } from '../../../src/domain';
import { children, makeContribution, makeSolution, projectIdOf } from './factories';

const PRI = 'pri_close0001';
const platform = makeSolution({ id: 'sol_platform1', name: 'Continuous close', priorityIds: [PRI] });
const solo = makeSolution({ id: 'sol_solo00001', name: 'Audit trail', priorityIds: [PRI] });
const empty = makeSolution({ id: 'sol_empty0001', name: 'Cash forecast', priorityIds: [PRI] });

const contribute = (solutionId: string, epicKey: string, done: number, total: number) =>
  makeContribution({ solutionId, epicKey, snapshot: children(done, total) });

// Continuous close: PLAT 3/4 + 1/4 = 4/8 = 0.5; DATA 0/2 = 0 (hidden from the viewer); MOB 3/3 = 1.
const contributions: Contribution[] = [
  contribute(platform.id, 'PLAT-10', 3, 4),
  contribute(platform.id, 'DATA-7', 0, 2),
  contribute(platform.id, 'PLAT-2', 1, 4),
  contribute(platform.id, 'MOB-3', 3, 3),
  contribute(solo.id, 'PLAT-5', 1, 5),
];
const cannotSeeData = (c: Contribution) => c.projectKey !== 'DATA';

describe('buildMatrix', () => {
  it('is empty for an empty portfolio', () => {
    expect(buildMatrix([], [], () => true)).toEqual([]);
  });

  it('keeps the solutions in the order given, one row each', () => {
    const rows = buildMatrix([empty, solo, platform], contributions, () => true);
    expect(rows.map((r) => r.solutionId)).toEqual([empty.id, solo.id, platform.id]);
  });

  it('gives one cell per product, sorted by key, with its epics sorted by number', () => {
    const [row] = buildMatrix([platform], contributions, () => true);
    expect(row.cells.map((c) => c.projectId)).toEqual(['DATA', 'MOB', 'PLAT'].map(projectIdOf));
    const plat = row.cells[2];
    expect(plat.contributions.map((c) => c.epicKey)).toEqual(['PLAT-2', 'PLAT-10']);
    expect(plat.readiness).toBe(0.5);
    expect(row.cells.map((c) => c.readiness)).toEqual([0, 1, 0.5]);
  });

  it('counts distinct products as the integration index and flags a single-product solution', () => {
    const [multi, single] = buildMatrix([platform, solo], contributions, () => true);
    expect(multi.integrationIndex).toBe(3);
    expect(multi.singleProduct).toBe(false);
    expect(single.integrationIndex).toBe(1);
    expect(single.singleProduct).toBe(true);
  });

  it('shows weakest-link readiness beside the average: min(0, 1, 0.5) = 0, (0 + 1 + 0.5) / 3 = 0.5', () => {
    const [row] = buildMatrix([platform], contributions, () => true);
    expect(row.readiness).toEqual({ weakest: 0, weakestProjectKey: 'DATA', average: 0.5 });
    expect(row.hiddenCount).toBe(0);
  });

  it('counts contributions the viewer cannot browse and never names them', () => {
    const [row] = buildMatrix([platform], contributions, cannotSeeData);
    expect(row.hiddenCount).toBe(1);
    expect(row.cells.map((c) => c.projectId)).toEqual(['MOB', 'PLAT'].map(projectIdOf));
    expect(JSON.stringify(row)).not.toContain('DATA');
    // The hidden product still counts: same index and same numbers for everyone.
    expect(row.integrationIndex).toBe(3);
    expect(row.readiness).toEqual({ weakest: 0, weakestProjectKey: null, average: 0.5 });
  });

  it('shows no cells but still counts and measures a solution whose contributions are all hidden', () => {
    const [row] = buildMatrix([platform], contributions, () => false);
    expect(row.cells).toEqual([]);
    expect(row.hiddenCount).toBe(4);
    expect(row.integrationIndex).toBe(3);
    expect(row.readiness).toEqual({ weakest: 0, weakestProjectKey: null, average: 0.5 });
  });

  it('shows a solution without epics as an empty row with no readiness', () => {
    const [row] = buildMatrix([empty], contributions, () => true);
    expect(row).toEqual({
      solutionId: empty.id,
      integrationIndex: 0,
      singleProduct: false,
      cells: [],
      readiness: { weakest: null, weakestProjectKey: null, average: null },
      hiddenCount: 0,
    });
  });

  it('measures a cell over all the product epics, including ones the viewer cannot see', () => {
    // The viewer sees PLAT-2 (1/4) only, but PLAT's readiness stays (3 + 1) / (4 + 4) = 0.5.
    const [row] = buildMatrix([platform], contributions, (c) => c.epicKey === 'PLAT-2');
    expect(row.cells).toHaveLength(1);
    expect(row.cells[0].contributions.map((c) => c.epicKey)).toEqual(['PLAT-2']);
    expect(row.cells[0].readiness).toBe(0.5);
    expect(row.hiddenCount).toBe(3);
  });

  it('counts an epic without children by its own status', () => {
    const done = makeContribution({
      solutionId: solo.id,
      epicKey: 'DATA-9',
      snapshot: { statusCategory: 'done' },
    });
    const [row] = buildMatrix([solo], [...contributions, done], () => true);
    // PLAT 1/5 = 0.2, DATA 1/1 = 1
    expect(row.cells.map((c) => c.readiness)).toEqual([1, 0.2]);
    expect(row.readiness.weakest).toBe(0.2);
    expect(row.readiness.average).toBe(0.6);
  });
});
