import { useApp, useSeededPortfolio } from '../../../support';

const app = useApp();
const seeded = useSeededPortfolio(app);

/** The first landing starts counting every project's open epics; the preview needs those counts. */
const countOpenEpics = async () => {
  await app.callAs('viewer', 'portfolio', 'portfolio.get', {});
  await app.rt.deliverJobs();
};

const preview = async (target: number) => {
  const result = await app.callAs('viewer', 'settings', 'balance.preview', { target });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
};

describe('balance.preview (the settings page’s target preview)', () => {
  it('counts the products a target puts below, on and above it, as the balance list would', async () => {
    expect(seeded.solutions.continuousClose.id).toBeTruthy();
    await countOpenEpics();
    // At the saved target (the default 60%), the preview matches the list's verdicts.
    const counts = await preview(0.6);
    // The portfolio lead browses every project: the list names every product the preview counts.
    const list = await app.callAs('portfolioLead', 'portfolio', 'portfolio.balance', { limit: 200 });
    if (!list.ok) throw new Error(JSON.stringify(list.error));
    expect(list.data.balance.items.every((r) => r.target === 0.6)).toBe(true);
    const rows = list.data.balance.items.filter((r) => r.verdict !== 'no-open-epics');
    expect(counts).toEqual({
      target: 0.6,
      products: rows.length,
      below: rows.filter((r) => r.verdict === 'below').length,
      onTarget: rows.filter((r) => r.verdict === 'on-target').length,
      above: rows.filter((r) => r.verdict === 'above').length,
    });
  });

  it('a lower target puts fewer products below it, and asks Jira nothing', async () => {
    await countOpenEpics();
    let high: Awaited<ReturnType<typeof preview>> | undefined;
    const jira = await app.jiraRequestsDuring(async () => {
      high = await preview(0.9);
    });
    expect(jira).toBe(0);
    const low = await preview(0);
    // Every Jira project with open epics is a product: six in the demo site.
    expect(high!.products).toBe(6);
    expect(high!.below).toBeGreaterThan(low.below);
    expect(low.below).toBe(0);
  });

  it('refuses a target outside 0..1, naming the field', async () => {
    expect(await app.callRaw('viewer', 'settings', 'balance.preview', { target: 1.5 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { target: expect.any(String) } },
    });
  });
});
