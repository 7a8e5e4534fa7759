import type { PortfolioView } from '../../../../src/contract';
import {
  captureOperatorLogs,
  expectNoLeak,
  hiddenFrom,
  seedPortfolio,
  type TestApp,
  useApp,
  useSeededPortfolio,
} from '../../../support';

const app = useApp();

async function portfolioAs(user: Parameters<TestApp['callAs']>[0]): Promise<PortfolioView> {
  const result = await app.callAs(user, 'portfolio', 'portfolio.get', {});
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}

const rowOf = (view: PortfolioView, solutionId: string) =>
  view.matrix.find((r) => r.solutionId === solutionId)!;

describe('portfolio.get on an empty portfolio', () => {
  it('answers with empty lists, default settings and who is looking', async () => {
    const view = await portfolioAs('viewer');
    expect(view.viewer).toEqual({
      accountId: expect.any(String),
      displayName: 'Vic Viewer',
      canManage: false,
    });
    expect(view.settings.balanceTarget).toBe(0.6);
    expect([
      view.markets,
      view.solutions,
      view.matrix,
      view.gaps,
      view.ranking,
      view.narrative,
      view.balance,
    ]).toEqual([[], [], [], [], [], [], []]);
  });

  it('tells the portfolio lead they may manage the market layer', async () => {
    expect((await portfolioAs('portfolioLead')).viewer.canManage).toBe(true);
    expect((await portfolioAs('productManager')).viewer.canManage).toBe(false);
  });
});

describe('portfolio.get on the seeded portfolio', () => {
  const seeded = useSeededPortfolio(app);

  it('ranks solutions by the scores of the priorities they address', async () => {
    const view = await portfolioAs('portfolioLead');
    const { continuousClose, auditReadyAccess, citizenPortal } = seeded.solutions;
    expect(view.ranking).toEqual([
      { solutionId: continuousClose.id, rank: 1, score: 84 },
      { solutionId: auditReadyAccess.id, rank: 2, score: 24 },
      { solutionId: citizenPortal.id, rank: 3, score: 8 },
    ]);
    expect(view.matrix.map((r) => r.solutionId)).toEqual([
      continuousClose.id,
      auditReadyAccess.id,
      citizenPortal.id,
    ]);
  });

  it('shows the lead every contribution: four products, nothing hidden', async () => {
    const view = await portfolioAs('portfolioLead');
    const row = rowOf(view, seeded.solutions.continuousClose.id);
    expect(row.integrationIndex).toBe(4);
    expect(row.hiddenCount).toBe(0);
    expect(row.cells.flatMap((c) => c.contributions.map((x) => x.epicKey)).sort()).toEqual(
      [seeded.epics.bill.key, seeded.epics.iam.key, seeded.epics.mob.key, seeded.epics.secured.key].sort(),
    );
    expect(rowOf(view, seeded.solutions.auditReadyAccess.id).singleProduct).toBe(true);
  });

  it('finds the coverage gaps', async () => {
    const view = await portfolioAs('viewer');
    expect(view.gaps.map((g) => [g.kind, g.entityId])).toEqual(
      expect.arrayContaining([
        ['market-without-executive-priority', seeded.markets.publicSector.id],
        ['priority-only-proposed', seeded.priorities.citizen.id],
        ['solution-without-epics', seeded.solutions.citizenPortal.id],
      ]),
    );
  });

  it('counts the secured epic for the product manager without naming it anywhere', async () => {
    const view = await portfolioAs('productManager');
    const row = rowOf(view, seeded.solutions.continuousClose.id);
    expect(row.integrationIndex).toBe(4);
    expect(row.hiddenCount).toBe(1);
    expect(row.cells.map((c) => c.contributions.length)).toEqual([1, 1, 1]);
    const hidden = hiddenFrom('productManager', seeded);
    expectNoLeak(view, hidden.keys, hidden.titles);
  });

  it('withholds the project the engineering lead cannot browse, and its epics', async () => {
    const view = await portfolioAs('engineeringLead');
    expect(rowOf(view, seeded.solutions.continuousClose.id).hiddenCount).toBe(2);
    const mob = view.products.find((p) => p.projectId === seeded.epics.mob.projectId)!;
    expect(mob).toMatchObject({ browsable: false, projectName: '', displayName: '', projectKey: '' });
    expect(view.balance.map((b) => b.projectKey)).not.toContain('MOB');
    expect(view.balance.map((b) => b.projectKey)).toEqual(['BILL', 'IAM', 'PLAT']);
    const hidden = hiddenFrom('engineeringLead', seeded);
    expectNoLeak(view, hidden.keys, [...hidden.titles, 'Mobile']);
  });

  it('keeps hidden keys out of the narrative and readiness', async () => {
    const view = await portfolioAs('viewer');
    const told = view.narrative.flatMap((m) => m.priorities.flatMap((p) => p.solutions));
    expect(told.find((s) => s.solutionId === seeded.solutions.continuousClose.id)?.productKeys).toEqual([
      'BILL',
      'IAM',
      'MOB',
    ]);
    expect(view.matrix.map((r) => r.readiness.weakestProjectKey)).not.toContain('PLAT');
    expect(view.matrix.map((r) => r.readiness.weakestProjectKey)).toEqual(['BILL', 'IAM', null]);
  });

  it('balances each browsable product by its open epics as the viewer sees them', async () => {
    const view = await portfolioAs('productManager');
    const bill = view.balance.find((b) => b.projectKey === 'BILL')!;
    expect(bill).toMatchObject({ openEpics: 11, growth: 1, incremental: 10, target: 0.6, verdict: 'below' });
    const iam = view.balance.find((b) => b.projectKey === 'IAM')!;
    expect(iam).toMatchObject({ openEpics: 11, growth: 2 });
  });
});

describe('portfolio.get failures and cost', () => {
  it('refuses fields the contract does not know', async () => {
    const result = await app.callRaw('viewer', 'portfolio', 'portfolio.get', { projectId: '10000' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses callers who are not logged in', async () => {
    const result = await app.callRaw(null, 'portfolio', 'portfolio.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('says Jira is unavailable when it fails, without its error text', async () => {
    await seedPortfolio(app);
    const logs = captureOperatorLogs();
    app.rt.faults.inject({ target: 'jira', nth: 1, kind: 'server-error' });
    const result = await app.callAs('viewer', 'portfolio', 'portfolio.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(JSON.stringify(result)).not.toContain('Internal server error');
    expect(logs.lines().join('\n')).toContain('server-error');
  });

  it('asks Jira only for permissions, the viewer and one page of open epics', async () => {
    await seedPortfolio(app);
    const requests = await app.jiraRequestsDuring(() =>
      app.callAs('productManager', 'portfolio', 'portfolio.get', {}),
    );
    expect(requests).toBe(3);
    const paths = app.rt.jiraTraffic
      .slice(-3)
      .map((t) => `${t.request.method} ${t.request.path.split('?')[0]}`);
    expect(paths.sort()).toEqual([
      'GET /rest/api/3/myself',
      'POST /rest/api/3/permissions/check',
      'POST /rest/api/3/search/jql',
    ]);
  });
});
