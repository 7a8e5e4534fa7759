import { cascadeEffects, nextCascadeWork, type CascadeState } from '../../../src/domain';
import { makeContribution, makeMarket, makePriority, makeSolution } from './factories';

const banks = makeMarket({ id: 'mkt_banks0001', deleting: 'job_1' });
const close = makePriority({ id: 'pri_close0001', marketId: banks.id, title: 'Close in 3 days' });
const audit = makePriority({ id: 'pri_audit0001', marketId: banks.id, title: 'Clean audits' });
const onlyClose = makeSolution({ id: 'sol_onlyclose', name: 'Continuous close', priorityIds: [close.id] });
const shared = makeSolution({
  id: 'sol_shared001',
  name: 'Shared ledger',
  priorityIds: [close.id, 'pri_other001'],
});
const marked = <T extends object>(r: T) => ({ ...r, deleting: 'job_1' });

const state = (over: Partial<CascadeState> = {}): CascadeState => ({
  root: { type: 'market', record: banks },
  priorities: [close, audit],
  solutions: [onlyClose, shared],
  ...over,
});

describe('nextCascadeWork: leaf first, judged afresh at every step', () => {
  it('marks the dying priorities first, then the solutions left with none', () => {
    expect(nextCascadeWork(state(), new Set())).toEqual({
      kind: 'mark',
      priorities: [close, audit],
      solutions: [],
    });
    const prioritiesMarked = state({ priorities: [marked(close), marked(audit)] });
    expect(nextCascadeWork(prioritiesMarked, new Set())).toEqual({
      kind: 'mark',
      priorities: [],
      solutions: [onlyClose],
    });
  });

  it('unlinks the epics of marked solutions, then deletes them and updates the ones that stay', () => {
    const s = state({ priorities: [marked(close), marked(audit)], solutions: [marked(onlyClose), shared] });
    expect(nextCascadeWork(s, new Set())).toEqual({ kind: 'unlink', solutionIds: [onlyClose.id] });
    expect(nextCascadeWork(s, new Set([onlyClose.id]))).toEqual({
      kind: 'solutions',
      deletes: [marked(onlyClose)],
      updates: [{ solution: shared, priorityIds: ['pri_other001'] }],
    });
  });

  it('then the priorities, then the record itself', () => {
    const s = state({ priorities: [marked(close)], solutions: [] });
    expect(nextCascadeWork(s, new Set())).toEqual({ kind: 'priorities', deletes: [marked(close)] });
    expect(nextCascadeWork(state({ priorities: [], solutions: [] }), new Set())).toEqual({ kind: 'root' });
  });

  it('a solution edited meanwhile to address only dying priorities is marked and cleared too', () => {
    const edited = { ...shared, priorityIds: [close.id] };
    const s = state({ priorities: [marked(close), marked(audit)], solutions: [edited] });
    expect(nextCascadeWork(s, new Set([onlyClose.id]))).toEqual({
      kind: 'mark',
      priorities: [],
      solutions: [edited],
    });
  });
});

describe('cascadeEffects', () => {
  const c1 = makeContribution({ id: 'con_plat00001', solutionId: onlyClose.id, epicKey: 'PLAT-1' });
  const c2 = makeContribution({ id: 'con_secret001', solutionId: onlyClose.id, epicKey: 'SECRET-9' });
  const data = {
    markets: [banks],
    priorities: [close, audit],
    solutions: [onlyClose, shared],
    contributions: [c1, c2],
  };

  it('counts by kind, what is deleted apart from what only loses a priority', () => {
    expect(cascadeEffects('market', banks.id, data)).toEqual([
      { type: 'priority', effect: 'delete', count: 2, names: ['Clean audits', 'Close in 3 days'], hidden: 0 },
      { type: 'solution', effect: 'delete', count: 1, names: ['Continuous close'], hidden: 0 },
      { type: 'contribution', effect: 'delete', count: 2, names: [], hidden: 0 },
      { type: 'solution', effect: 'update', count: 1, names: ['Shared ledger'], hidden: 0 },
    ]);
  });

  it('names only the epics the caller may browse, counting the others', () => {
    expect(cascadeEffects('solution', onlyClose.id, data, (c) => c.epicKey !== 'SECRET-9')).toEqual([
      { type: 'contribution', effect: 'delete', count: 2, names: ['PLAT-1'], hidden: 1 },
    ]);
  });
});
