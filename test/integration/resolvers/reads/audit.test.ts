import { captureOperatorLogs, expectNoLeak, hiddenFrom, useApp, useSeededPortfolio } from '../../../support';

const app = useApp();
const seeded = useSeededPortfolio(app);

const history = (
  user: 'portfolioLead' | 'productManager' | 'engineeringLead' | 'viewer',
  entityType: 'contribution' | 'solution',
  entityId: string,
) => app.callAs(user, 'portfolio', 'audit.list', { entityType, entityId });

describe('audit.list', () => {
  it('lists a record’s history, newest first', async () => {
    const result = await history('viewer', 'solution', seeded.solutions.continuousClose.id);
    expect(result).toMatchObject({
      ok: true,
      data: [{ action: 'create', entityId: seeded.solutions.continuousClose.id }],
    });
  });

  it('shows the link of an epic the viewer may browse', async () => {
    const result = await history('engineeringLead', 'contribution', seeded.contributions.bill.id);
    expect(result).toMatchObject({ ok: true, data: [{ action: 'link' }] });
  });

  it('gives the same empty history for a hidden epic’s link as for a record that never existed', async () => {
    const hidden = await history('productManager', 'contribution', seeded.contributions.secured.id);
    const unknown = await history('productManager', 'contribution', 'con_doesnotexist1');
    expect(hidden).toEqual({ ok: true, data: [] });
    expect(unknown).toEqual({ ok: true, data: [] });
    const lead = await history('portfolioLead', 'contribution', seeded.contributions.secured.id);
    expect(lead).toMatchObject({ ok: true, data: [{ action: 'link' }] });
  });

  it('never names a hidden epic in any history the engineering lead reads', async () => {
    const { keys, titles } = hiddenFrom('engineeringLead', seeded);
    for (const c of Object.values(seeded.contributions))
      expectNoLeak(await history('engineeringLead', 'contribution', c.id), keys, titles);
    for (const s of Object.values(seeded.solutions))
      expectNoLeak(await history('engineeringLead', 'solution', s.id), keys, titles);
  });

  it('shows a product’s history only to those who may browse its project', async () => {
    const saved = await app.callAs('portfolioLead', 'portfolio', 'product.update', {
      projectId: seeded.epics.mob.projectId,
      // Version 1: linking the seeded MOB epic created the product record.
      version: 1,
      changes: { displayName: 'Field apps' },
    });
    expect(saved).toMatchObject({ ok: true });
    const subject = { entityType: 'product' as const, entityId: seeded.epics.mob.projectId };
    expect(await app.callAs('productManager', 'portfolio', 'audit.list', subject)).toMatchObject({
      ok: true,
      data: [
        { entityId: subject.entityId, action: 'update' },
        { entityId: subject.entityId, action: 'create' },
      ],
    });
    const hidden = await app.callAs('engineeringLead', 'portfolio', 'audit.list', subject);
    expect(hidden).toEqual({ ok: true, data: [] });
  });

  it('refuses unknown entity types and fields', async () => {
    const badType = await app.callRaw('viewer', 'portfolio', 'audit.list', {
      entityType: 'epic',
      entityId: 'x',
    });
    expect(badType).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { entityType: expect.any(String) } },
    });
    const extra = await app.callRaw('viewer', 'portfolio', 'audit.list', {
      entityType: 'market',
      entityId: 'mkt_abcdef',
      all: true,
    });
    expect(extra).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('says Jira is unavailable when the permission check fails', async () => {
    const logs = captureOperatorLogs();
    app.rt.faults.inject({ target: 'jira', nth: 1, kind: 'server-error' });
    const result = await history('viewer', 'contribution', seeded.contributions.bill.id);
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(logs.lines().join('\n')).toContain('server-error');
  });
});
