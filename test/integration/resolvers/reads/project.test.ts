import type { ProjectView } from '../../../../src/contract';
import {
  captureOperatorLogs,
  type DemoUserRole,
  epicsOf,
  expectNoLeak,
  hiddenFrom,
  seedPortfolio,
  useApp,
  useSeededPortfolio,
} from '../../../support';

const app = useApp();

async function projectAs(user: DemoUserRole, project: string): Promise<ProjectView> {
  const result = await app.callAs(user, 'market-context', 'project.get', {}, { project });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}

describe('project.get on an empty portfolio', () => {
  it('offers every open epic of the project for linking', async () => {
    const view = await projectAs('productManager', 'BILL');
    // No product record yet: the name comes from the project's epics as Jira sends them.
    expect(view.project).toEqual({ id: '10000', key: 'BILL', name: 'Billing' });
    expect(view.solutions).toEqual([]);
    expect(view.unlinkedEpics.map((e) => e.key)).toEqual(
      epicsOf(app.rt, 'BILL', { open: true })
        .map((e) => e.key)
        .sort(byKey),
    );
    expect(view.balance).toMatchObject({ openEpics: 11, growth: 0, verdict: 'below' });
    expect(view.viewer.canLinkInProject).toBe(true);
  });
});

const byKey = (a: string, b: string) => Number(a.split('-')[1]) - Number(b.split('-')[1]);

describe('project.get on the seeded portfolio', () => {
  const seeded = useSeededPortfolio(app);

  it('shows where BILL fits: its solution, the priorities and markets behind it, its partners', async () => {
    const view = await projectAs('productManager', 'BILL');
    expect(view.solutions).toHaveLength(1);
    const [entry] = view.solutions;
    expect(entry.solution.id).toBe(seeded.solutions.continuousClose.id);
    expect(entry.priorities.map((p) => p.id).sort()).toEqual(
      [seeded.priorities.close.id, seeded.priorities.audit.id].sort(),
    );
    expect(entry.markets.map((m) => m.id)).toEqual([seeded.markets.emea.id]);
    expect(entry.ownContributions.map((c) => c.epicKey)).toEqual([seeded.epics.bill.key]);
    expect(entry.hiddenCount).toBe(1);
    // PLAT contributes only the secured epic: the partner is counted but not named.
    expect(entry.partners.map((p) => p.projectKey)).toEqual(['IAM', 'MOB', null]);
    expect(view.unlinkedEpics.map((e) => e.key)).not.toContain(seeded.epics.bill.key);
    expect(view.balance).toMatchObject({ openEpics: 11, growth: 1, incremental: 10 });
    expect(view.linkableSolutions.map((s) => s.name)).toEqual([
      'Audit-ready access',
      'Citizen portal',
      'Continuous close',
    ]);
  });

  it('names no epic the viewer cannot browse, even on the project that holds it', async () => {
    const view = await projectAs('viewer', 'PLAT');
    const [entry] = view.solutions;
    expect(entry.solution.id).toBe(seeded.solutions.continuousClose.id);
    expect(entry.ownContributions).toEqual([]);
    expect(entry.hiddenCount).toBe(1);
    expect(view.viewer.canLinkInProject).toBe(false);
    const hidden = hiddenFrom('viewer', seeded);
    expectNoLeak(view, hidden.keys, hidden.titles);
  });

  it('hides MOB from the engineering lead on a partner page', async () => {
    const view = await projectAs('engineeringLead', 'IAM');
    const close = view.solutions.find((s) => s.solution.id === seeded.solutions.continuousClose.id)!;
    expect(close.partners.filter((p) => p.projectKey !== null).map((p) => p.projectKey)).toEqual(['BILL']);
    expect(close.hiddenCount).toBe(2);
    const hidden = hiddenFrom('engineeringLead', seeded);
    expectNoLeak(view, hidden.keys, [...hidden.titles, 'Mobile']);
  });

  it('answers NOT_FOUND on a project the viewer cannot browse', async () => {
    const result = await app.callAs(
      'engineeringLead',
      'market-context',
      'project.get',
      {},
      { project: 'MOB' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expectNoLeak(result, hiddenFrom('engineeringLead', seeded).keys, ['Mobile']);
  });
});

describe('project.get failures and cost', () => {
  it('takes the project only from the Forge context, never the payload', async () => {
    const result = await app.callRaw(
      'productManager',
      'market-context',
      'project.get',
      { projectId: '10004' },
      { project: 'BILL' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers NOT_FOUND when called from a module without a project', async () => {
    const result = await app.callAs('productManager', 'portfolio', 'project.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('says Jira is unavailable when it fails', async () => {
    const logs = captureOperatorLogs();
    app.rt.faults.inject({ target: 'jira', nth: 1, kind: 'server-error' });
    const result = await app.callAs(
      'productManager',
      'market-context',
      'project.get',
      {},
      { project: 'BILL' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(logs.lines().join('\n')).toContain('server-error');
  });

  it('makes two Jira requests: permissions and one page of the project epics', async () => {
    await seedPortfolio(app);
    const requests = await app.jiraRequestsDuring(() =>
      app.callAs('productManager', 'market-context', 'project.get', {}, { project: 'BILL' }),
    );
    expect(requests).toBe(2);
  });
});
