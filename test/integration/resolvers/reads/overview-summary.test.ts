import type { PortfolioSummary } from '../../../../src/contract';
import { type TestApp, useApp, useSeededPortfolio } from '../../../support';

/**
 * Issue 10: the overview is drawn from the landing call alone. What it needs beyond the matrix,
 * gaps and balance is counted per market (priorities by customer layer, and how many a live
 * solution addresses) and per solution (its markets): a few numbers each, never a list of records.
 */
const app = useApp();

async function portfolioAs(user: Parameters<TestApp['callAs']>[0]): Promise<PortfolioSummary> {
  const result = await app.callAs(user, 'portfolio', 'portfolio.get', {});
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}

describe('the landing answers what the overview shows', () => {
  const seeded = useSeededPortfolio(app);

  it('counts each market’s priorities by customer layer, and how many a live solution addresses', async () => {
    const view = await portfolioAs('viewer');
    const layersOf = (id: string) => view.markets.find((m) => m.id === id)!.layers;
    expect(layersOf(seeded.markets.emea.id)).toEqual({
      executive: { priorities: 1, addressed: 1 },
      'senior-manager': { priorities: 1, addressed: 1 },
      user: { priorities: 0, addressed: 0 },
    });
    expect(layersOf(seeded.markets.publicSector.id)).toEqual({
      executive: { priorities: 0, addressed: 0 },
      'senior-manager': { priorities: 0, addressed: 0 },
      user: { priorities: 1, addressed: 1 },
    });
  });

  it('stops counting a priority as addressed once its only solution is dropped, and a retired one at all', async () => {
    const { citizenPortal } = seeded.solutions;
    const dropped = await app.callAs('portfolioLead', 'portfolio', 'solution.update', {
      id: citizenPortal.id,
      version: citizenPortal.version,
      changes: { status: 'dropped' },
    });
    expect(dropped).toMatchObject({ ok: true });
    const { close } = seeded.priorities;
    const retired = await app.callAs('portfolioLead', 'portfolio', 'priority.update', {
      id: close.id,
      version: close.version,
      changes: { status: 'retired' },
    });
    expect(retired).toMatchObject({ ok: true });
    const view = await portfolioAs('viewer');
    const layersOf = (id: string) => view.markets.find((m) => m.id === id)!.layers;
    expect(layersOf(seeded.markets.publicSector.id).user).toEqual({ priorities: 1, addressed: 0 });
    expect(layersOf(seeded.markets.emea.id).executive).toEqual({ priorities: 0, addressed: 0 });
  });

  it('names each market’s most important priorities by layer, and each solution’s readiness', async () => {
    const view = await portfolioAs('viewer');
    const market = view.markets.find((m) => m.id === seeded.markets.emea.id)!;
    const { close, audit } = seeded.priorities;
    expect(market.topPriorities).toEqual([
      { id: close.id, title: close.title, layer: close.layer, importance: close.importance },
      { id: audit.id, title: audit.title, layer: audit.layer, importance: audit.importance },
    ]);
    // The weakest product's readiness, as the matrix row has it.
    const row = view.matrix.items.find((r) => r.solutionId === seeded.solutions.continuousClose.id)!;
    const brief = view.solutions.find((s) => s.id === seeded.solutions.continuousClose.id)!;
    expect(brief.readiness).toBe(row.readiness.weakest);
    expect(brief.readiness).not.toBeNull();
  });

  it('names each solution’s markets, so lists filter by market without another call', async () => {
    const view = await portfolioAs('productManager');
    const marketsOf = (id: string) => view.solutions.find((s) => s.id === id)!.marketIds;
    const { emea, publicSector } = seeded.markets;
    expect(marketsOf(seeded.solutions.continuousClose.id)).toEqual([emea.id]);
    expect(marketsOf(seeded.solutions.citizenPortal.id)).toEqual([publicSector.id]);
  });
});
