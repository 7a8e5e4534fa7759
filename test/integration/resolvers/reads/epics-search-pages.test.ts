import { useApp } from '../../../support';

const app = useApp();

type Page = {
  epics: { id: string; key: string; linked: boolean }[];
  total: number | null;
  next: string | null;
};
const page = async (
  payload: Record<string, unknown>,
  user: 'productManager' | 'portfolioLead' = 'productManager',
) => {
  const result = await app.callAs(user, 'portfolio', 'epics.search', payload);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data as Page;
};

describe('epics.search a page at a time', () => {
  it('an empty search browses every epic the viewer may see, page by page, to the count it announced', async () => {
    const first = await page({ limit: 50 });
    expect(first.epics).toHaveLength(50);
    expect(first.total).toBeGreaterThan(50);
    expect(first.next).not.toBeNull();
    const seen = new Map(first.epics.map((e) => [e.id, e.key]));
    let next = first.next;
    let pages = 1;
    while (next) {
      const more = await page({ limit: 50, after: next });
      // Only the first page is counted: the next ones cost one search each, nothing more.
      expect(more.total).toBeNull();
      more.epics.forEach((e) => seen.set(e.id, e.key));
      next = more.next;
      pages++;
    }
    expect(seen.size).toBe(first.total);
    expect(pages).toBe(Math.ceil(first.total! / 50));
    // Every project is reachable by browsing, MOB and PLAT included (the old search stopped at 50).
    const projects = new Set([...seen.values()].map((k) => k.split('-')[0]));
    expect(projects).toEqual(new Set(['BILL', 'IAM', 'ANLY', 'INT', 'MOB', 'PLAT']));
  });

  it('costs two Jira requests and one KVS batch a first page, one request a next page, whatever the site holds', async () => {
    let first: Page | undefined;
    const firstRequests = await app.jiraRequestsDuring(async () => {
      first = await page({ limit: 20 });
    });
    expect(firstRequests).toBe(2); // the page and its count (words need no project lookup)
    const nextRequests = await app.jiraRequestsDuring(async () => {
      await page({ limit: 20, after: first!.next! });
    });
    expect(nextRequests).toBe(1);
  });

  it('marks the epics already linked to a solution', async () => {
    const solution = await app.callAs('portfolioLead', 'portfolio', 'portfolio.get', {});
    if (!solution.ok) throw new Error(JSON.stringify(solution.error));
    const market = await app.callAs('portfolioLead', 'portfolio', 'market.create', {
      name: 'Mid-market retail',
      strategicWeight: 3,
      status: 'target',
    });
    if (!market.ok) throw new Error(JSON.stringify(market.error));
    const priority = await app.callAs('portfolioLead', 'portfolio', 'priority.create', {
      marketId: market.data.id,
      title: 'Close the books fast',
      outcome: 'Three days',
      layer: 'executive',
      importance: 4,
      status: 'validated',
    });
    if (!priority.ok) throw new Error(JSON.stringify(priority.error));
    const created = await app.callAs('portfolioLead', 'portfolio', 'solution.create', {
      name: 'Fast close',
      valueStatement: 'Books closed in three days',
      priorityIds: [priority.data.id],
      horizon: 'now',
      status: 'committed',
    });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const linked = await app.callAs('portfolioLead', 'portfolio', 'contribution.link', {
      solutionId: created.data.id,
      issue: 'BILL-19',
    });
    expect(linked.ok).toBe(true);
    const bill = await page({ text: 'BILL' });
    expect(bill.epics.find((e) => e.key === 'BILL-19')?.linked).toBe(true);
    expect(bill.epics.filter((e) => e.linked).map((e) => e.key)).toEqual(['BILL-19']);
  });

  it('refuses a page size over 50 and a page token that is not text, naming the field', async () => {
    expect(await app.callRaw('viewer', 'portfolio', 'epics.search', { limit: 500 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { limit: expect.any(String) } },
    });
    expect(await app.callRaw('viewer', 'portfolio', 'epics.search', { after: 7 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { after: expect.any(String) } },
    });
  });
});

describe('projects.search', () => {
  it('offers the projects the viewer may browse whose key or name contains the text', async () => {
    const all = await app.callAs('engineeringLead', 'portfolio', 'projects.search', {});
    if (!all.ok) throw new Error(JSON.stringify(all.error));
    expect(all.data.projects.map((p) => p.key)).not.toContain('MOB');
    expect(all.data.more).toBe(false);
    const bill = await app.callAs('productManager', 'portfolio', 'projects.search', { text: 'bill' });
    expect(bill).toEqual({
      ok: true,
      data: { projects: [{ id: '10000', key: 'BILL', name: 'Billing' }], more: false },
    });
  });
});
