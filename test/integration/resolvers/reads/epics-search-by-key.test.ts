import { expectNoLeak, useApp } from '../../../support';

const app = useApp();

const search = (user: 'productManager' | 'engineeringLead', text: string, projectId?: string) =>
  app.callAs(user, 'portfolio', 'epics.search', { text, ...(projectId ? { projectId } : {}) });

describe('epics.search by issue key', () => {
  it('finds the epic whose key was typed, in any case, with at most two Jira requests', async () => {
    let result: Awaited<ReturnType<typeof search>> | undefined;
    const requests = await app.jiraRequestsDuring(async () => {
      result = await search('productManager', 'BILL-19');
    });
    if (!result?.ok) throw new Error(JSON.stringify(result?.error));
    expect(result.data.map((e) => [e.key, e.projectKey, e.summary])).toEqual([
      ['BILL-19', 'BILL', 'Launch multi-currency'],
    ]);
    expect(requests).toBeLessThanOrEqual(2);

    const lower = await search('productManager', ' bill-19 ');
    expect(lower).toMatchObject({ ok: true, data: [{ key: 'BILL-19' }] });
  });

  it('finds nothing, without an error, for a key the viewer cannot browse, as for one that does not exist', async () => {
    const hidden = await search('engineeringLead', 'MOB-4');
    const missing = await search('productManager', 'BILL-99999');
    const noProject = await search('productManager', 'NOPE-1');
    expect(hidden).toEqual({ ok: true, data: [] });
    expect(missing).toEqual({ ok: true, data: [] });
    expect(noProject).toEqual({ ok: true, data: [] });
    expectNoLeak(hidden, ['MOB-4'], ['Launch push notifications']);
    // MOB-4 is an epic: someone who may browse MOB finds it by the same key.
    expect(await search('productManager', 'MOB-4')).toMatchObject({ ok: true, data: [{ key: 'MOB-4' }] });
  });

  it('does not offer an issue that is not an epic, or one outside the chosen project', async () => {
    // BILL-2 is a story in the demo site; 10001 is IAM.
    expect(await search('productManager', 'BILL-2')).toEqual({ ok: true, data: [] });
    expect(await search('productManager', 'BILL-19', '10001')).toEqual({ ok: true, data: [] });
    expect(await search('productManager', 'BILL-19', '10000')).toMatchObject({
      ok: true,
      data: [{ key: 'BILL-19' }],
    });
  });
});
