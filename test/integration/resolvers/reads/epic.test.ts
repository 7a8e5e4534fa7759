import type { EpicPanelView } from '../../../../src/contract';
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

async function panelAs(user: DemoUserRole, issue: string): Promise<EpicPanelView> {
  const result = await app.callAs(user, 'epic-solutions', 'epic.get', {}, { issue });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}

describe('epic.get on an epic no solution uses', () => {
  it('shows the epic from Jira and every solution it could serve', async () => {
    const epic = epicsOf(app.rt, 'PLAT', { open: true })[0];
    const view = await panelAs('engineeringLead', epic.key);
    expect(view.epic).toMatchObject({
      id: epic.id,
      key: epic.key,
      summary: epic.summary,
      projectKey: 'PLAT',
      isEpic: true,
    });
    expect(view.solutions).toEqual([]);
    expect(view.viewer).toMatchObject({ canManage: false, canLink: true });
  });
});

describe('epic.get on the seeded portfolio', () => {
  const seeded = useSeededPortfolio(app);

  it('explains the BILL epic in market terms and shows the siblings the viewer may see', async () => {
    const view = await panelAs('engineeringLead', seeded.epics.bill.key);
    expect(view.solutions).toHaveLength(1);
    const [entry] = view.solutions;
    expect(entry.solution.id).toBe(seeded.solutions.continuousClose.id);
    expect(entry.contribution.epicKey).toBe(seeded.epics.bill.key);
    expect(entry.markets.map((m) => m.name)).toEqual(['Mid-market manufacturing EMEA']);
    expect(entry.siblings.map((s) => s.epicKey)).toEqual([seeded.epics.iam.key]);
    expect(entry.hiddenSiblingCount).toBe(2);
    expect(view.viewer.canLink).toBe(false);
    expect(view.linkableSolutions.map((s) => s.id)).not.toContain(seeded.solutions.continuousClose.id);
    expect(view.linkableSolutions.map((s) => s.name)).toEqual(['Audit-ready access', 'Citizen portal']);
    const hidden = hiddenFrom('engineeringLead', seeded);
    expectNoLeak(view, hidden.keys, [...hidden.titles, 'Mobile']);
  });

  it('shows the lead every sibling and lets them link', async () => {
    const view = await panelAs('portfolioLead', seeded.epics.secured.key);
    const [entry] = view.solutions;
    expect(entry.siblings.map((s) => s.epicKey).sort()).toEqual(
      [seeded.epics.bill.key, seeded.epics.iam.key, seeded.epics.mob.key].sort(),
    );
    expect(entry.hiddenSiblingCount).toBe(0);
    expect(view.viewer.canLink).toBe(true);
  });

  it('answers NOT_FOUND, naming nothing, on an epic hidden by issue security', async () => {
    const result = await app.callAs(
      'productManager',
      'epic-solutions',
      'epic.get',
      {},
      { issue: seeded.epics.secured.key },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const hidden = hiddenFrom('productManager', seeded);
    expectNoLeak(result, hidden.keys, hidden.titles);
  });

  it('answers NOT_FOUND on an epic in a project the viewer cannot browse', async () => {
    const result = await app.callAs(
      'engineeringLead',
      'epic-solutions',
      'epic.get',
      {},
      { issue: seeded.epics.mob.key },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('epic.get failures and cost', () => {
  it('takes the issue only from the Forge context, never the payload', async () => {
    const result = await app.callRaw(
      'portfolioLead',
      'epic-solutions',
      'epic.get',
      { issueId: '10001' },
      { issue: 'BILL-1' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers NOT_FOUND when called from a module without an issue', async () => {
    const result = await app.callAs('portfolioLead', 'market-context', 'epic.get', {}, { project: 'BILL' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('says Jira is unavailable when it fails', async () => {
    const logs = captureOperatorLogs();
    app.rt.faults.inject({ target: 'jira', nth: 1, kind: 'server-error' });
    const result = await app.callAs('portfolioLead', 'epic-solutions', 'epic.get', {}, { issue: 'BILL-1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(logs.lines().join('\n')).toContain('server-error');
  });

  it('makes two Jira requests: the issue and permissions', async () => {
    const seeded = await seedPortfolio(app);
    const requests = await app.jiraRequestsDuring(() =>
      app.callAs('viewer', 'epic-solutions', 'epic.get', {}, { issue: seeded.epics.bill.key }),
    );
    expect(requests).toBe(2);
  });
});
