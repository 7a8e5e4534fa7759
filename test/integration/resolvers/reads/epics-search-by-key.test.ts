import { expectNoLeak, useApp } from '../../../support';

const app = useApp();

const search = (
  user: 'productManager' | 'engineeringLead',
  text: string,
  extra: { projectId?: string; after?: string; limit?: number } = {},
) => app.callAs(user, 'portfolio', 'epics.search', { text, ...extra });

const keysOf = (result: Awaited<ReturnType<typeof search>>) => {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data.epics.map((e) => e.key);
};

describe('epics.search by key and key prefix', () => {
  it('a whole key comes first, in any case, then its project in key order, with at most four Jira requests', async () => {
    let result: Awaited<ReturnType<typeof search>> | undefined;
    const requests = await app.jiraRequestsDuring(async () => {
      result = await search('productManager', 'BILL-19');
    });
    if (!result?.ok) throw new Error(JSON.stringify(result?.error));
    expect(result.data.epics[0]).toMatchObject({
      key: 'BILL-19',
      projectKey: 'BILL',
      summary: 'Launch multi-currency',
    });
    expect(new Set(result.data.epics.map((e) => e.projectKey))).toEqual(new Set(['BILL']));
    expect(result.data.project).toMatchObject({ key: 'BILL', name: 'Billing' });
    // The project lookup, the page, its count and the key's bulk fetch.
    expect(requests).toBeLessThanOrEqual(4);
    expect(keysOf(await search('productManager', ' bill-19 '))[0]).toBe('BILL-19');
  });

  it('a project key alone ("BILL", "iam-") lists that project’s epics in key order, counted', async () => {
    const bill = await search('productManager', 'BILL');
    if (!bill.ok) throw new Error(JSON.stringify(bill.error));
    const keys = bill.data.epics.map((e) => e.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k.startsWith('BILL-'))).toBe(true);
    const numbers = keys.map((k) => Number(k.split('-')[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(bill.data.total).toBeGreaterThanOrEqual(keys.length);
    expect(keysOf(await search('productManager', 'iam-')).every((k) => k.startsWith('IAM-'))).toBe(true);
  });

  it('finds nothing, without an error, in a project the viewer cannot browse, as in one that does not exist', async () => {
    const hidden = await search('engineeringLead', 'MOB-4');
    const prefix = await search('engineeringLead', 'MOB');
    const noProject = await search('productManager', 'NOPE-1');
    for (const result of [hidden, prefix, noProject])
      expect(result).toEqual({ ok: true, data: { epics: [], total: 0, next: null, project: null } });
    expectNoLeak(hidden, ['MOB-4'], ['Launch push notifications']);
    // MOB-4 is an epic: someone who may browse MOB finds it by the same key.
    expect(keysOf(await search('productManager', 'MOB-4'))[0]).toBe('MOB-4');
  });

  it('does not offer an issue that is not an epic, or one outside the chosen project', async () => {
    // BILL-2 is a story in the demo site; 10001 is IAM.
    expect(keysOf(await search('productManager', 'BILL-2'))).not.toContain('BILL-2');
    expect(await search('productManager', 'BILL-19', { projectId: '10001' })).toMatchObject({
      ok: true,
      data: { epics: [], total: 0, next: null },
    });
    expect(keysOf(await search('productManager', 'BILL-19', { projectId: '10000' }))[0]).toBe('BILL-19');
  });
});
