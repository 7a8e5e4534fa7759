import { BALANCE_TOLERANCE, balanceVerdict, portfolioBalance, productBalance } from '../../../src/domain';
import { makeContribution, makeProduct, makeSolution } from './factories';

const PRI = 'pri_close0001';
const live = makeSolution({ id: 'sol_live00001', priorityIds: [PRI], status: 'in-delivery' });
const delivered = makeSolution({ id: 'sol_done00001', priorityIds: [PRI], status: 'delivered' });
const dropped = makeSolution({ id: 'sol_drop00001', priorityIds: [PRI], status: 'dropped' });
const plat = makeProduct('PLAT', { displayName: 'Ledger Platform' });

const link = (solutionId: string, epicId: string) =>
  makeContribution({ solutionId, epicId, epicKey: `PLAT-${epicId}` });

describe('productBalance', () => {
  it('counts open epics serving a non-dropped solution as growth: 3 of 5 = 0.6, on a 0.6 target', () => {
    const contributions = [
      link(live.id, '1'),
      link(delivered.id, '2'),
      link(dropped.id, '3'), // dropped only: incremental
      link(dropped.id, '4'),
      link(live.id, '4'), // dropped and live: growth
      link(live.id, '99'), // not open (done): not counted
    ];
    const balance = productBalance(
      plat,
      ['1', '2', '3', '4', '5'],
      contributions,
      [live, delivered, dropped],
      0.6,
    );
    expect(balance).toEqual({
      projectId: plat.projectId,
      projectKey: 'PLAT',
      name: 'Ledger Platform',
      openEpics: 5,
      growth: 3,
      incremental: 2,
      share: 0.6,
      target: 0.6,
      verdict: 'on-target',
    });
  });

  it('reports a product without open epics as such, with no share', () => {
    const balance = productBalance(plat, [], [link(live.id, '1')], [live], 0.6);
    expect(balance).toMatchObject({
      openEpics: 0,
      growth: 0,
      incremental: 0,
      share: null,
      verdict: 'no-open-epics',
    });
  });

  it('uses the Jira project name when no display name is set', () => {
    const bare = makeProduct('DATA', { projectName: 'Data Hub' });
    expect(productBalance(bare, ['1'], [], [], 0.5).name).toBe('Data Hub');
  });

  it('counts an epic listed twice once: 1 growth of 2 open = 0.5', () => {
    const balance = productBalance(plat, ['1', '1', '2'], [link(live.id, '1')], [live], 0.5);
    expect(balance).toMatchObject({ openEpics: 2, growth: 1, share: 0.5, verdict: 'on-target' });
  });

  it('ignores contributions to solutions it was not given', () => {
    const balance = productBalance(plat, ['1'], [link('sol_unknown01', '1')], [live], 0.6);
    expect(balance).toMatchObject({ growth: 0, share: 0, verdict: 'below' });
  });
});

describe('portfolioBalance', () => {
  it('gives each product only its own epics: PLAT 1 of 2 = 0.5, BILL 2 of 2 = 1, IAM none open', () => {
    const bill = makeProduct('BILL');
    const iam = makeProduct('IAM');
    const billLink = (epicId: string) =>
      makeContribution({ solutionId: live.id, epicId, epicKey: `BILL-${epicId}` });
    const open = new Map([
      [plat.projectId, ['1', '2']],
      [bill.projectId, ['7', '8']],
    ]);
    // Epic '7' is a BILL epic: the PLAT product must not count a BILL link, even with the same id.
    const contributions = [link(live.id, '1'), billLink('7'), billLink('8'), billLink('2')];
    const balances = portfolioBalance([plat, bill, iam], open, contributions, [live], 0.6);
    expect(balances.map((b) => [b.projectKey, b.growth, b.openEpics, b.verdict])).toEqual([
      ['PLAT', 1, 2, 'below'],
      ['BILL', 2, 2, 'above'],
      ['IAM', 0, 0, 'no-open-epics'],
    ]);
  });
});

describe('balanceVerdict', () => {
  it('allows ±0.05 around the target, boundaries included', () => {
    expect(BALANCE_TOLERANCE).toBe(0.05);
    // 20 open epics against a 0.6 target: 10 → 0.5, 11 → 0.55, 13 → 0.65, 14 → 0.7
    expect(balanceVerdict(10 / 20, 0.6)).toBe('below');
    expect(balanceVerdict(11 / 20, 0.6)).toBe('on-target');
    expect(balanceVerdict(12 / 20, 0.6)).toBe('on-target');
    expect(balanceVerdict(13 / 20, 0.6)).toBe('on-target');
    expect(balanceVerdict(14 / 20, 0.6)).toBe('above');
  });

  it('handles the ends of the scale', () => {
    expect(balanceVerdict(0, 0)).toBe('on-target');
    expect(balanceVerdict(1, 1)).toBe('on-target');
    expect(balanceVerdict(0.1, 0)).toBe('above');
    expect(balanceVerdict(null, 0.6)).toBe('no-open-epics');
  });
});
