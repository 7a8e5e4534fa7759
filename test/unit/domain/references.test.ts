import type { Contribution } from '../../../src/contract';
import { cascadePlan, dependentsOf, planSize, type PortfolioData } from '../../../src/domain';
import { makeContribution, makeMarket, makePriority, makeSolution } from './factories';

const banks = makeMarket({ id: 'mkt_banks0001' });
const insurers = makeMarket({ id: 'mkt_insure001' });
const close = makePriority({ id: 'pri_close0001', marketId: banks.id, title: 'Close in 3 days' });
const audit = makePriority({ id: 'pri_audit0001', marketId: banks.id, title: 'Clean audits', version: 4 });
const claims = makePriority({ id: 'pri_claims001', marketId: insurers.id, title: 'Fast claims' });

// "Continuous close" addresses only `close`; "Shared ledger" addresses `close` and `claims`.
const onlyClose = makeSolution({
  id: 'sol_onlyclose',
  name: 'Continuous close',
  priorityIds: [close.id],
  version: 2,
});
const shared = makeSolution({
  id: 'sol_shared001',
  name: 'Shared ledger',
  priorityIds: [close.id, claims.id],
  version: 7,
});
const c1 = makeContribution({ id: 'con_plat00001', solutionId: onlyClose.id, epicKey: 'PLAT-1', version: 3 });
const c2 = makeContribution({ id: 'con_secret001', solutionId: onlyClose.id, epicKey: 'SECRET-9' });
const c3 = makeContribution({ id: 'con_data00001', solutionId: shared.id, epicKey: 'DATA-2' });

const data: PortfolioData = {
  markets: [banks, insurers],
  priorities: [close, audit, claims],
  solutions: [onlyClose, shared],
  contributions: [c1, c2, c3],
};

describe('dependentsOf', () => {
  it('lists a market priorities, a priority solutions and a solution contributions, by name', () => {
    expect(dependentsOf('market', banks.id, data)).toEqual([
      { type: 'priority', id: audit.id, name: 'Clean audits' },
      { type: 'priority', id: close.id, name: 'Close in 3 days' },
    ]);
    expect(dependentsOf('priority', close.id, data)).toEqual([
      { type: 'solution', id: onlyClose.id, name: 'Continuous close' },
      { type: 'solution', id: shared.id, name: 'Shared ledger' },
    ]);
    expect(dependentsOf('solution', onlyClose.id, data)).toEqual([
      { type: 'contribution', id: c1.id, name: 'PLAT-1' },
      { type: 'contribution', id: c2.id, name: 'SECRET-9' },
    ]);
  });

  it('never names an epic the viewer cannot browse', () => {
    const hideSecret = (c: Contribution) => c.projectKey !== 'SECRET';
    expect(dependentsOf('solution', onlyClose.id, data, hideSecret).map((d) => d.name)).toEqual([
      'An epic in a project you cannot view',
      'PLAT-1',
    ]);
  });

  it('finds nothing blocking an unreferenced record or a contribution', () => {
    expect(dependentsOf('priority', audit.id, data)).toEqual([]);
    expect(dependentsOf('contribution', c1.id, data)).toEqual([]);
    expect(dependentsOf('market', 'mkt_nothere01', data)).toEqual([]);
  });
});

describe('cascadePlan', () => {
  it('deletes a contribution alone', () => {
    expect(cascadePlan('contribution', c1.id, data)).toEqual({
      deletes: [{ type: 'contribution', id: c1.id, version: 3 }],
      updates: [],
    });
  });

  it('deletes a solution with its contributions', () => {
    const plan = cascadePlan('solution', onlyClose.id, data);
    expect(plan.deletes.map((d) => [d.type, d.id])).toEqual([
      ['solution', onlyClose.id],
      ['contribution', c1.id],
      ['contribution', c2.id],
    ]);
    expect(plan.updates).toEqual([]);
  });

  it('removes a priority from solutions, deleting a solution left with no priority and its epics links', () => {
    const plan = cascadePlan('priority', close.id, data);
    expect(plan).toEqual({
      deletes: [
        { type: 'priority', id: close.id, version: 1 },
        { type: 'solution', id: onlyClose.id, version: 2 },
        { type: 'contribution', id: c1.id, version: 3 },
        { type: 'contribution', id: c2.id, version: 1 },
      ],
      updates: [{ type: 'solution', id: shared.id, version: 7, priorityIds: [claims.id] }],
    });
    expect(planSize(plan)).toBe(5);
  });

  it('deletes a market with its priorities and applies the priority rule to their solutions', () => {
    const plan = cascadePlan('market', banks.id, data);
    expect(plan.deletes.map((d) => [d.type, d.id, d.version])).toEqual([
      ['market', banks.id, 1],
      ['priority', close.id, 1],
      ['priority', audit.id, 4],
      ['solution', onlyClose.id, 2],
      ['contribution', c1.id, 3],
      ['contribution', c2.id, 1],
    ]);
    expect(plan.updates).toEqual([{ type: 'solution', id: shared.id, version: 7, priorityIds: [claims.id] }]);
  });

  it('deletes a solution whose priorities all go with the market', () => {
    const both = makeSolution({ priorityIds: [close.id, audit.id] });
    const plan = cascadePlan('market', banks.id, { ...data, solutions: [both], contributions: [] });
    expect(plan.deletes.map((d) => d.id)).toEqual([banks.id, close.id, audit.id, both.id]);
    expect(plan.updates).toEqual([]);
  });

  it('plans nothing for a record that does not exist', () => {
    for (const type of ['market', 'priority', 'solution', 'contribution'] as const) {
      expect(cascadePlan(type, 'xxx_missing01', data)).toEqual({ deletes: [], updates: [] });
    }
  });
});
