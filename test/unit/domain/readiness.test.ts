import { epicProgress, productReadiness, readinessByProduct, solutionReadiness } from '../../../src/domain';
import { children, makeContribution } from './factories';

const SOL = 'sol_readiness1';
const epic = (epicKey: string, snapshot: Parameters<typeof makeContribution>[0]['snapshot']) =>
  makeContribution({ solutionId: SOL, epicKey, snapshot });

describe('epicProgress', () => {
  it('counts child issues when the epic has some', () => {
    expect(epicProgress(epic('PLAT-1', children(3, 4)).snapshot)).toEqual({ done: 3, total: 4 });
  });

  it('counts an epic without children as one unit: 1 of 1 when done, else 0 of 1', () => {
    expect(epicProgress(epic('PLAT-1', { statusCategory: 'done' }).snapshot)).toEqual({ done: 1, total: 1 });
    expect(epicProgress(epic('PLAT-2', { statusCategory: 'indeterminate' }).snapshot)).toEqual({
      done: 0,
      total: 1,
    });
    expect(epicProgress(epic('PLAT-3', { statusCategory: 'new' }).snapshot)).toEqual({ done: 0, total: 1 });
  });

  it('never reports more than 100 % when a snapshot says more done than total', () => {
    expect(epicProgress(epic('PLAT-1', children(5, 4)).snapshot)).toEqual({ done: 4, total: 4 });
  });
});

describe('productReadiness', () => {
  it('pools child issues across the product epics: (9 + 0) / (10 + 2) = 0.75, not the mean 0.45', () => {
    const ready = productReadiness([epic('PLAT-1', children(9, 10)), epic('PLAT-2', children(0, 2))]);
    expect(ready).toBe(0.75);
  });

  it('adds a childless epic as one unit: 1/2 children + 1 done epic = 2/3', () => {
    const ready = productReadiness([
      epic('PLAT-1', children(1, 2)),
      epic('PLAT-2', { statusCategory: 'done' }),
    ]);
    expect(ready).toBeCloseTo(2 / 3, 12);
  });

  it('is 0 for a product without epics', () => {
    expect(productReadiness([])).toBe(0);
  });
});

describe('solutionReadiness', () => {
  // PLAT: 9/10 + 0/2 = 9/12 = 0.75; DATA: 1/4 = 0.25; MOB: one done epic without children = 1.
  const contributions = [
    epic('PLAT-1', children(9, 10)),
    epic('DATA-4', children(1, 4)),
    epic('PLAT-2', children(0, 2)),
    epic('MOB-3', { statusCategory: 'done' }),
  ];

  it('is as ready as the weakest product, shown beside the mean of the products', () => {
    const readiness = solutionReadiness(contributions);
    expect(readiness.weakest).toBe(0.25);
    expect(readiness.weakestProjectKey).toBe('DATA');
    // (0.75 + 0.25 + 1) / 3 = 2/3
    expect(readiness.average).toBeCloseTo(2 / 3, 12);
  });

  it('lists every product least ready first', () => {
    expect(readinessByProduct(contributions).map((p) => [p.projectKey, p.readiness])).toEqual([
      ['DATA', 0.25],
      ['PLAT', 0.75],
      ['MOB', 1],
    ]);
  });

  it('breaks a tie for weakest by project key, so the same product is named every time', () => {
    const tied = [epic('PLAT-1', children(1, 2)), epic('DATA-1', children(2, 4))];
    expect(solutionReadiness(tied)).toEqual({ weakest: 0.5, weakestProjectKey: 'DATA', average: 0.5 });
    expect(solutionReadiness([...tied].reverse()).weakestProjectKey).toBe('DATA');
  });

  it('is all null for a solution without epics', () => {
    expect(solutionReadiness([])).toEqual({ weakest: null, weakestProjectKey: null, average: null });
  });

  it('keeps the numbers but withholds the weakest key when the viewer can see none of its epics', () => {
    const readiness = solutionReadiness(contributions, (c) => c.projectKey !== 'DATA');
    expect(readiness.weakest).toBe(0.25);
    expect(readiness.weakestProjectKey).toBeNull();
    expect(readiness.average).toBeCloseTo(2 / 3, 12);
  });

  it('names the weakest product when the viewer can see at least one of its epics', () => {
    const twoDataEpics = [...contributions, epic('DATA-5', children(0, 0))];
    // DATA: (1 + 0) / (4 + 1) = 0.2
    const readiness = solutionReadiness(twoDataEpics, (c) => c.epicKey !== 'DATA-4');
    expect(readiness.weakest).toBeCloseTo(0.2, 12);
    expect(readiness.weakestProjectKey).toBe('DATA');
  });
});
