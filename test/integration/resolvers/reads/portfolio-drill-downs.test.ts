import type { Input, Output, ResolverKey } from '../../../../src/contract';
import { expectNoLeak, hiddenFrom, useApp, useSeededPortfolio, type DemoUserRole } from '../../../support';

const app = useApp();
const seeded = useSeededPortfolio(app);

async function as<K extends ResolverKey>(user: DemoUserRole, key: K, payload: Input<K>): Promise<Output<K>> {
  const result = await app.callAs(user, 'portfolio', key, payload);
  if (!result.ok) throw new Error(`${key}: ${JSON.stringify(result.error)}`);
  return result.data;
}

describe('matrix.cell', () => {
  it('lists the epics of one product in one solution, with their snapshots', async () => {
    const { continuousClose } = seeded.solutions;
    const cell = await as('portfolioLead', 'matrix.cell', {
      solutionId: continuousClose.id,
      projectId: seeded.epics.bill.projectId,
    });
    expect(cell.contributions.map((c) => c.epicKey)).toEqual([seeded.epics.bill.key]);
    expect(cell.contributions[0].snapshot.summary).toBe(seeded.epics.bill.summary);
    expect(cell.hiddenCount).toBe(0);
  });

  it('counts, never names, an epic the viewer may not browse', async () => {
    const secured = seeded.epics.secured;
    const cell = await as('productManager', 'matrix.cell', {
      solutionId: seeded.solutions.continuousClose.id,
      projectId: secured.projectId,
    });
    expect([cell.contributions, cell.hiddenCount]).toEqual([[], 1]);
    expectNoLeak(cell, [secured.key], [secured.summary]);
    const lead = await as('portfolioLead', 'matrix.cell', {
      solutionId: seeded.solutions.continuousClose.id,
      projectId: secured.projectId,
    });
    expect(lead.contributions.map((c) => c.epicKey)).toEqual([secured.key]);
  });

  it('refuses a malformed id with a field error', async () => {
    const result = await app.callRaw('viewer', 'portfolio', 'matrix.cell', {
      solutionId: 'x',
      projectId: 'BILL',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('market.detail', () => {
  it('gives the market, its priorities and solutions in full, and its narrative', async () => {
    const detail = await as('viewer', 'market.detail', { marketId: seeded.markets.emea.id });
    expect(detail.market.name).toBe(seeded.markets.emea.name);
    expect(detail.priorities.map((p) => p.title).sort()).toEqual(
      [seeded.priorities.close.title, seeded.priorities.audit.title].sort(),
    );
    expect(detail.priorities.every((p) => p.outcome.length > 0)).toBe(true);
    expect(detail.solutions.map((s) => s.valueStatement).sort()).toEqual([
      'Audit-ready access for the customer',
      'Continuous close for the customer',
    ]);
    const told = detail.narrative.priorities.flatMap((p) => p.solutions);
    const close = told.find((s) => s.solutionId === seeded.solutions.continuousClose.id)!;
    // Products by name, not project key (issue 10).
    expect(close.products).toEqual(['Billing', 'Identity', 'Mobile', 'Platform']);
    expect(close.hiddenEpics).toBe(0);
    expect(close.weakestProduct).toBe('Billing');
    expect(close.readiness.weakest).not.toBeNull();
  });

  it('tells the engineering lead the story without the project they cannot browse', async () => {
    const detail = await as('engineeringLead', 'market.detail', { marketId: seeded.markets.emea.id });
    const close = detail.narrative.priorities
      .flatMap((p) => p.solutions)
      .find((s) => s.solutionId === seeded.solutions.continuousClose.id)!;
    expect(close.products).toEqual(['Billing', 'Identity', 'Platform']);
    // The epics of the project they cannot browse are counted, never named.
    expect(close.hiddenEpics).toBe(1);
    const hidden = hiddenFrom('engineeringLead', seeded);
    expectNoLeak(detail, hidden.keys, [...hidden.titles, 'Mobile']);
  });

  it('answers NOT_FOUND for a market that does not exist', async () => {
    const result = await app.callRaw('viewer', 'portfolio', 'market.detail', {
      marketId: 'mkt_doesnotexist',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('solution.detail', () => {
  it('lists the visible epics, counts the hidden ones, and names the products', async () => {
    const detail = await as('productManager', 'solution.detail', {
      solutionId: seeded.solutions.continuousClose.id,
    });
    expect(detail.contributions.map((c) => c.epicKey).sort()).toEqual(
      [seeded.epics.bill.key, seeded.epics.iam.key, seeded.epics.mob.key].sort(),
    );
    expect(detail.hiddenCount).toBe(1);
    expect(detail.priorities.map((p) => p.id).sort()).toEqual(
      [seeded.priorities.close.id, seeded.priorities.audit.id].sort(),
    );
    expect(detail.products.map((p) => p.projectKey).sort()).toEqual(['BILL', 'IAM', 'MOB', 'PLAT']);
    const hidden = hiddenFrom('productManager', seeded);
    expectNoLeak(detail, hidden.keys, hidden.titles);
  });
});

describe('portfolio.matrix and portfolio.balance', () => {
  it('page the matrix in ranking order and filter it by product', async () => {
    const { continuousClose, auditReadyAccess, citizenPortal } = seeded.solutions;
    const second = await as('viewer', 'portfolio.matrix', { offset: 1, limit: 1 });
    expect([second.rows.items.map((r) => r.solutionId), second.rows.total]).toEqual([
      [auditReadyAccess.id],
      3,
    ]);
    const iam = await as('viewer', 'portfolio.matrix', { projectId: seeded.epics.iam.projectId });
    expect(iam.rows.items.map((r) => r.solutionId)).toEqual([continuousClose.id, auditReadyAccess.id]);
    expect(iam.rows.items.map((r) => r.solutionId)).not.toContain(citizenPortal.id);
    expect(iam.products.map((p) => p.projectKey).sort()).toEqual(['BILL', 'IAM', 'MOB', 'PLAT']);
  });

  it('narrow the balance to the products serving one market (the Product balance gadget)', async () => {
    const { emea, publicSector } = seeded.markets;
    const keys = async (user: 'viewer' | 'engineeringLead', marketId: string) =>
      (await as(user, 'portfolio.balance', { marketId })).balance.items.map((b) => b.projectKey).sort();
    expect(await keys('viewer', emea.id)).toEqual(['BILL', 'IAM', 'MOB', 'PLAT']);
    // Citizen portal, the public sector's one solution, has no epics yet: no product serves it.
    expect(await keys('viewer', publicSector.id)).toEqual([]);
    // Eli cannot browse MOB: left out here as everywhere in balance.
    expect(await keys('engineeringLead', emea.id)).toEqual(['BILL', 'IAM', 'PLAT']);
    const unknown = await as('viewer', 'portfolio.balance', { marketId: 'mkt_gone0000' });
    expect(unknown.balance).toEqual({ items: [], offset: 0, total: 0 });
  });

  it('page the balance and refuse pages larger than the limit', async () => {
    const all = await as('viewer', 'portfolio.balance', {});
    const rest = await as('viewer', 'portfolio.balance', { offset: 2, limit: 2 });
    expect(rest.balance.items).toEqual(all.balance.items.slice(2, 4));
    const byName = await as('viewer', 'portfolio.balance', { sort: 'name' });
    expect(byName.balance.items.map((b) => b.name)).toEqual(all.balance.items.map((b) => b.name).sort());
    const below = await as('viewer', 'portfolio.balance', { verdict: 'below', limit: 2 });
    const belowAll = all.balance.items.filter((b) => b.verdict === 'below');
    expect([below.balance.items, below.balance.total]).toEqual([belowAll.slice(0, 2), belowAll.length]);
    for (const verdict of ['above', 'on-target', 'no-open-epics'] as const) {
      const only = await as('viewer', 'portfolio.balance', { verdict });
      const expected = all.balance.items.filter((b) => b.verdict === verdict);
      expect([verdict, only.balance.items, only.balance.total]).toEqual([verdict, expected, expected.length]);
    }
    const unknown = await app.callRaw('viewer', 'portfolio', 'portfolio.balance', { verdict: 'great' });
    expect(unknown).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { verdict: 'Verdict must be below, on-target, above or no-open-epics' },
      },
    });
    const tooMany = await app.callRaw('viewer', 'portfolio', 'portfolio.balance', { limit: 5000 });
    expect(tooMany).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { limit: expect.any(String) } },
    });
  });
});
