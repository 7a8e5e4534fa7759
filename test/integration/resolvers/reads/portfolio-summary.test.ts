import { DEMO_USERS } from '../../../../local/demo';
import type { PortfolioSummary } from '../../../../src/contract';
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

async function portfolioAs(user: Parameters<TestApp['callAs']>[0]): Promise<PortfolioSummary> {
  const result = await app.callAs(user, 'portfolio', 'portfolio.get', {});
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}

const rowOf = (view: PortfolioSummary, solutionId: string) =>
  view.matrix.items.find((r) => r.solutionId === solutionId)!;

describe('portfolio.get on an empty portfolio', () => {
  it('answers at once on the first landing, and starts counting every product’s open epics in the background', async () => {
    const first = await portfolioAs('viewer');
    expect(first.countedAt).toBeNull();
    expect(first.balance.items).toEqual([]);
    const jobs = await app.callAs('viewer', 'portfolio', 'jobs.list', {});
    expect(jobs).toMatchObject({ ok: true, data: [{ kind: 'count', state: 'running', startedBy: null }] });
    // A second landing before the count ran starts no second count.
    await portfolioAs('viewer');
    expect(await app.callAs('viewer', 'portfolio', 'jobs.list', {})).toMatchObject({ data: [{}] });
  });

  it('answers empty strategy lists, default settings, who is looking, and every product with open epics', async () => {
    await portfolioAs('viewer');
    await app.rt.deliverJobs();
    const view = await portfolioAs('viewer');
    expect(view.viewer).toEqual({ accountId: DEMO_USERS.viewer, canManage: false });
    expect(view.settings.balanceTarget).toBe(0.6);
    expect([view.markets, view.solutions, view.matrix.items, view.gaps]).toEqual([[], [], [], []]);
    expect(view.counts).toEqual({ markets: 0, priorities: 0, solutions: 0, contributions: 0, products: 6 });
    // Nothing linked yet: every product is all incremental work, and balance says so.
    expect(view.balance.items.map((b) => [b.projectKey, b.growth, b.verdict])).toEqual(
      ['ANLY', 'BILL', 'IAM', 'INT', 'MOB', 'PLAT'].map((key) => [key, 0, 'below']),
    );
    expect(view.countedAt).toEqual(expect.any(String));
  });

  it('tells the portfolio lead they may manage the market layer', async () => {
    expect((await portfolioAs('portfolioLead')).viewer.canManage).toBe(true);
    expect((await portfolioAs('productManager')).viewer.canManage).toBe(false);
  });
});

describe('portfolio.get on the seeded portfolio', () => {
  const seeded = useSeededPortfolio(app);

  it('ranks solutions by the scores of the priorities they address, and the matrix follows', async () => {
    const view = await portfolioAs('portfolioLead');
    const { continuousClose, auditReadyAccess, citizenPortal } = seeded.solutions;
    expect(view.solutions.map((s) => [s.id, s.rank, s.score])).toEqual([
      [continuousClose.id, 1, 84],
      [auditReadyAccess.id, 2, 24],
      [citizenPortal.id, 3, 8],
    ]);
    expect(view.matrix.items.map((r) => r.solutionId)).toEqual([
      continuousClose.id,
      auditReadyAccess.id,
      citizenPortal.id,
    ]);
    expect(view.matrix.total).toBe(3);
    expect(view.counts).toMatchObject({ markets: 2, priorities: 3, solutions: 3, contributions: 5 });
  });

  it('gives every viewer the same counts: four products and four epics, hidden ones included', async () => {
    for (const user of ['portfolioLead', 'productManager', 'engineeringLead', 'viewer'] as const) {
      const row = rowOf(await portfolioAs(user), seeded.solutions.continuousClose.id);
      expect([row.integrationIndex, row.epics, row.cells.length]).toEqual([4, 4, 4]);
    }
    expect(rowOf(await portfolioAs('viewer'), seeded.solutions.auditReadyAccess.id).singleProduct).toBe(true);
  });

  it('names no epic on the landing, and withholds projects the viewer cannot browse', async () => {
    for (const user of ['productManager', 'engineeringLead', 'viewer'] as const) {
      const view = await portfolioAs(user);
      const everyEpic = Object.values(seeded.epics);
      expectNoLeak(
        view,
        everyEpic.map((e) => e.key),
        hiddenFrom(user, seeded).titles,
      );
    }
    const view = await portfolioAs('engineeringLead');
    const mob = view.products.find((p) => p.projectId === seeded.epics.mob.projectId)!;
    expect(mob).toMatchObject({ browsable: false, projectName: '', displayName: '', projectKey: '' });
    expect(view.balance.items.map((b) => b.projectKey)).not.toContain('MOB');
    expectNoLeak(view, ['MOB'], ['Mobile']);
  });

  it('finds the coverage gaps and counts them by kind', async () => {
    const view = await portfolioAs('viewer');
    expect(view.gaps.map((g) => [g.kind, g.entityId])).toEqual(
      expect.arrayContaining([
        ['market-without-executive-priority', seeded.markets.publicSector.id],
        ['priority-only-proposed', seeded.priorities.citizen.id],
        ['solution-without-epics', seeded.solutions.citizenPortal.id],
      ]),
    );
    expect(Object.values(view.gapCounts).reduce((a, b) => a + b, 0)).toBe(view.gaps.length);
  });

  it('shows the weakest product by key only to who may browse it', async () => {
    const weakest = async (user: 'viewer' | 'engineeringLead') =>
      (await portfolioAs(user)).matrix.items.map((r) => r.readiness.weakestProjectKey);
    const forViewer = await weakest('viewer');
    expect(forViewer.slice(0, 2)).toEqual(['BILL', 'IAM']);
    expect(forViewer[2]).toBeNull(); // the citizen portal has no epics
    const lead = await portfolioAs('engineeringLead');
    const shown = lead.matrix.items.map((r) => r.readiness.weakestProjectKey).filter((k) => k !== null);
    expect(shown).not.toContain('MOB');
    const browsable = lead.products.filter((p) => p.browsable).map((p) => p.projectKey);
    for (const key of shown) expect(browsable).toContain(key);
  });

  it('balances every browsable product by Jira’s count of its open epics, least growth first', async () => {
    await portfolioAs('productManager');
    await app.rt.deliverJobs(); // the count the first landing started
    const view = await portfolioAs('productManager');
    const bill = view.balance.items.find((b) => b.projectKey === 'BILL')!;
    expect(bill).toMatchObject({ openEpics: 11, growth: 1, incremental: 10, target: 0.6, verdict: 'below' });
    expect(view.balance.items.find((b) => b.projectKey === 'IAM')).toMatchObject({
      openEpics: 11,
      growth: 2,
    });
    const shares = view.balance.items.map((b) => b.share ?? 2);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(view.balance.total).toBe(6);
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
    await portfolioAs('viewer');
    const logs = captureOperatorLogs();
    app.rt.faults.inject({ target: 'jira', nth: 1, kind: 'server-error' });
    const result = await app.callAs('viewer', 'portfolio', 'portfolio.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(JSON.stringify(result)).not.toContain('Internal server error');
    expect(logs.lines().join('\n')).toContain('server-error');
  });

  it('counts open epics once, in the background, then asks Jira only which projects the viewer may browse', async () => {
    await seedPortfolio(app);
    const first = await app.jiraRequestsDuring(() =>
      app.callAs('productManager', 'portfolio', 'portfolio.get', {}),
    );
    expect(first).toBe(1);
    const counting = await app.jiraRequestsDuring(() => app.rt.deliverJobs());
    expect(counting).toBe(1 + app.rt.site.projects.length); // one project listing and one count each
    const requests = await app.jiraRequestsDuring(() =>
      app.callAs('productManager', 'portfolio', 'portfolio.get', {}),
    );
    expect(requests).toBe(1);
    const paths = app.rt.jiraTraffic
      .slice(-1)
      .map((t) => `${t.request.method} ${t.request.path.split('?')[0]}`);
    expect(paths).toEqual(['POST /rest/api/3/permissions/check']);
  });
});

describe('balance follows the settings', () => {
  it('recounts every product’s open epics in the background as soon as the epic issue types change', async () => {
    await portfolioAs('portfolioLead');
    await app.rt.deliverJobs();
    const before = await portfolioAs('portfolioLead');
    const bill = () => app.rt.site.projects.find((p) => p.key === 'BILL')!;
    const billOpen = (v: PortfolioSummary) => v.balance.items.find((b) => b.projectKey === 'BILL')!.openEpics;
    expect(billOpen(before)).toBe(11);
    const saved = await app.callAs('portfolioLead', 'settings', 'settings.update', {
      version: null,
      changes: { epicIssueTypes: ['Story'] },
    });
    expect(saved.ok).toBe(true);
    const openStories = app.rt.jira
      .snapshot()
      .issues.filter((i) => i.projectId === bill().id && i.issueTypeId === '10001')
      .filter((i) => app.rt.site.statuses.find((s) => s.id === i.statusId)!.categoryKey !== 'done').length;
    expect(openStories).not.toBe(11);
    // The save started the recount as background work: a page of projects a step.
    const jobs = await app.callAs('portfolioLead', 'settings', 'jobs.list', {});
    expect(jobs.ok && jobs.data[0]).toMatchObject({
      kind: 'count',
      state: 'running',
      startedBy: DEMO_USERS.portfolioLead,
    });
    await app.rt.deliverJobs();
    const requests = await app.jiraRequestsDuring(() => portfolioAs('portfolioLead'));
    expect(requests).toBe(1); // the recount happened in the job, not on this landing
    expect(billOpen(await portfolioAs('portfolioLead'))).toBe(openStories);
  });
});
