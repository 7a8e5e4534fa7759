import { captureOperatorLogs, seedPortfolio, useApp } from '../../../support';

const app = useApp();

describe('admin.get', () => {
  it('shows the default settings before anyone saved them', async () => {
    const result = await app.callAs('portfolioLead', 'settings', 'admin.get', {});
    expect(result).toMatchObject({
      ok: true,
      data: {
        viewer: { canManage: true },
        settings: { balanceTarget: 0.6, epicIssueTypes: ['Epic'] },
        counts: { markets: 0, priorities: 0, solutions: 0, contributions: 0, products: 0 },
      },
    });
  });

  it('counts what the market layer holds', async () => {
    await seedPortfolio(app);
    const result = await app.callAs('portfolioLead', 'settings', 'admin.get', {});
    expect(result).toMatchObject({
      ok: true,
      data: { counts: { markets: 2, priorities: 3, solutions: 3, contributions: 5 } },
    });
  });

  it('refuses unknown fields and anonymous callers', async () => {
    expect(await app.callRaw('portfolioLead', 'settings', 'admin.get', { all: true })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await app.callRaw(null, 'settings', 'admin.get', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('says Jira is unavailable when it fails', async () => {
    const logs = captureOperatorLogs();
    app.rt.faults.inject({ target: 'jira', nth: 1, kind: 'server-error' });
    expect(await app.callAs('portfolioLead', 'settings', 'admin.get', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    });
    expect(logs.lines().join('\n')).toContain('server-error');
  });
});
