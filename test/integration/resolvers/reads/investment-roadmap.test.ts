import type { Input, Output, ResolverKey } from '../../../../src/contract';
import { expectNoLeak, useApp, useSeededPortfolio, type DemoUserRole } from '../../../support';

/**
 * Issue 12 through the real handlers, as each demo user. The seeded portfolio (test/support/seed.ts):
 * Mid-market manufacturing EMEA (weight 4) and Public sector (weight 2, explore); Continuous close
 * (EMEA; an executive and a senior-manager priority) has four open epics in BILL, IAM, MOB and the
 * secured PLAT one, Audit-ready access (EMEA, senior manager) one IAM epic, Citizen portal (Public
 * sector, user) none. By hand: 5 open epics, all EMEA: investment 100 % vs strategic 4/6 (+33
 * points); Public sector 0 % vs 2/6 (−33 points). Layers: Continuous close's four epics half each
 * to executive and senior manager (2 and 2), Audit-ready access's one to senior manager: 2, 3, 0.
 */
const app = useApp();
const seeded = useSeededPortfolio(app);

async function as<K extends ResolverKey>(user: DemoUserRole, key: K, payload: Input<K>): Promise<Output<K>> {
  const result = await app.callAs(user, 'portfolio', key, payload);
  if (!result.ok) throw new Error(`${key}: ${JSON.stringify(result.error)}`);
  return result.data;
}

describe('portfolio.investment', () => {
  it('answers the shares worked out by hand, the same for every viewer, naming no epic', async () => {
    const lead = await as('portfolioLead', 'portfolio.investment', {});
    expect(lead).toMatchObject({ measure: 'open-epics', total: 5, split: 0, unassigned: 0 });
    const [emea, publicSector] = lead.markets;
    expect(emea).toMatchObject({ name: 'Mid-market manufacturing EMEA', amount: 5, investmentShare: 1 });
    expect(emea.strategicShare).toBeCloseTo(4 / 6, 10);
    expect(publicSector).toMatchObject({ name: 'Public sector', amount: 0, exitWithOpenWork: false });
    expect(publicSector.gap).toBeCloseTo(-2 / 6, 10);
    expect(lead.layers.map((l) => [l.layer, l.amount])).toEqual([
      ['executive', 2],
      ['senior-manager', 3],
      ['user', 0],
    ]);
    for (const user of ['engineeringLead', 'viewer'] as const) {
      const theirs = await as(user, 'portfolio.investment', {});
      expect([user, theirs]).toEqual([user, lead]);
      expectNoLeak(theirs, [seeded.epics.secured.key, seeded.epics.mob.key], [seeded.epics.secured.summary]);
    }
  });

  it('splits an epic linked to solutions of two markets, and calls out an exit market still getting work', async () => {
    const { citizenPortal } = seeded.solutions;
    await as('portfolioLead', 'contribution.link', {
      solutionId: citizenPortal.id,
      issue: seeded.epics.bill.key,
    });
    const { publicSector } = seeded.markets;
    await as('portfolioLead', 'market.update', {
      id: publicSector.id,
      version: publicSector.version,
      changes: { status: 'exit' },
    });
    const result = await as('viewer', 'portfolio.investment', {});
    expect(result).toMatchObject({ total: 5, split: 1 });
    const exit = result.markets.find((m) => m.name === 'Public sector')!;
    expect(exit).toMatchObject({ amount: 0.5, strategicShare: 0, exitWithOpenWork: true });
    expect(result.markets.find((m) => m.name !== 'Public sector')).toMatchObject({
      amount: 4.5,
      strategicShare: 1,
    });
  });

  it('counts in the measure the settings choose, and one product on request', async () => {
    const saved = await as('portfolioLead', 'settings.update', {
      version: null,
      changes: { investmentMeasure: 'open-units' },
    });
    expect(saved.investmentMeasure).toBe('open-units');
    const units = await as('viewer', 'portfolio.investment', {});
    expect(units.measure).toBe('open-units');
    expect(units.total).toBeGreaterThanOrEqual(5);
    const bill = await as('viewer', 'portfolio.investment', { projectId: seeded.epics.bill.projectId });
    expect(bill.measure).toBe('open-units');
    expect(bill.total).toBeLessThan(units.total);
    const refused = await app.callRaw('portfolioLead', 'settings', 'settings.update', {
      version: saved.version,
      changes: { investmentMeasure: 'story-points' },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'changes.investmentMeasure': expect.any(String) } },
    });
  });
});

describe('portfolio.roadmap', () => {
  it('lays out the live solutions by horizon with readiness, products, due date and markets', async () => {
    const roadmap = await as('portfolioLead', 'portfolio.roadmap', {});
    expect(roadmap.columns.map((c) => c.horizon)).toEqual(['now', 'next', 'later']);
    const cards = roadmap.columns.flatMap((c) => c.cards);
    const close = cards.find((c) => c.solutionId === seeded.solutions.continuousClose.id)!;
    expect(close).toMatchObject({ epics: 4, marketIds: [seeded.markets.emea.id], rank: 1 });
    expect(close.projectIds).toHaveLength(4);
    expect(close.readiness.weakest).not.toBeNull();
    const named = new Set(roadmap.products.map((p) => p.projectId));
    expect(cards.flatMap((c) => c.projectIds).every((id) => named.has(id))).toBe(true);
  });

  it('names no project the viewer may not browse, and filters by market and by product', async () => {
    const eli = await as('engineeringLead', 'portfolio.roadmap', {});
    const mob = eli.products.find((p) => p.projectId === seeded.epics.mob.projectId)!;
    expect(mob).toMatchObject({ browsable: false, projectKey: '', projectName: '' });
    const publicOnly = await as('viewer', 'portfolio.roadmap', { marketId: seeded.markets.publicSector.id });
    expect(publicOnly.columns.flatMap((c) => c.cards.map((card) => card.name))).toEqual(['Citizen portal']);
    const iamOnly = await as('viewer', 'portfolio.roadmap', { projectId: seeded.epics.iamAccess.projectId });
    expect(iamOnly.columns.flatMap((c) => c.cards.map((card) => card.name)).sort()).toEqual([
      'Audit-ready access',
      'Continuous close',
    ]);
  });

  it('moves a card with solution.update, refuses a stale move, and leaves dropped solutions off', async () => {
    const before = await as('portfolioLead', 'portfolio.roadmap', {});
    const card = before.columns
      .flatMap((c) => c.cards)
      .find((c) => c.solutionId === seeded.solutions.citizenPortal.id)!;
    const target = card.horizon === 'later' ? 'now' : 'later';
    await as('portfolioLead', 'solution.update', {
      id: card.solutionId,
      version: card.version,
      changes: { horizon: target },
    });
    const stale = await app.callRaw('portfolioLead', 'portfolio', 'solution.update', {
      id: card.solutionId,
      version: card.version,
      changes: { horizon: 'next' },
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const after = await as('portfolioLead', 'portfolio.roadmap', {});
    const column = after.columns.find((c) => c.horizon === target)!;
    expect(column.cards.find((c) => c.solutionId === card.solutionId)).toMatchObject({
      version: card.version + 1,
    });

    const audit = seeded.solutions.auditReadyAccess;
    await as('portfolioLead', 'solution.update', {
      id: audit.id,
      version: audit.version,
      changes: { status: 'dropped' },
    });
    const withoutDropped = await as('portfolioLead', 'portfolio.roadmap', {});
    expect(withoutDropped.columns.flatMap((c) => c.cards).map((c) => c.solutionId)).not.toContain(audit.id);
  });

  it('answers at most `limit` cards a column, with the column total', async () => {
    const small = await as('viewer', 'portfolio.roadmap', { limit: 1 });
    for (const column of small.columns) expect(column.cards.length).toBeLessThanOrEqual(1);
    expect(small.columns.reduce((n, c) => n + c.total, 0)).toBe(3);
  });
});
