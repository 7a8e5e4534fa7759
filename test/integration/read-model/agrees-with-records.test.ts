import type { Investment } from '../../../src/contract';
import { createStore } from '../../../src/store';
import { epicsOf, seedPortfolio, useApp, type SeededPortfolio } from '../../support';
import { STATUSES } from '../../../local/demo';
import { expectReadModelAgreement } from './agreement';

/**
 * The read model is kept by every change as it happens; it must always say what a rebuild from
 * every record would say. Each test makes one kind of change through the real resolvers and
 * events, then compares the stored shards with `buildShards` of the stored records.
 */
const app = useApp();
const store = createStore({ now: () => new Date() });
const expectAgreement = () => expectReadModelAgreement(store);

async function lead(key: string, payload: unknown) {
  const result = await app.callRaw('portfolioLead', 'portfolio', key, payload);
  if (!result.ok) throw new Error(`${key}: ${JSON.stringify(result.error)}`);
  return result.data as { id: string; version: number };
}

let seeded: SeededPortfolio;
beforeEach(async () => {
  seeded = await seedPortfolio(app);
  await lead('portfolio.get', {}); // the first landing takes the open-epic counts
});

test('after seeding through the resolvers', async () => {
  const { shards } = await store.readModel.readWhole();
  const solutions = [...shards.values()].flatMap((s) => Object.values(s.value.solutions));
  expect(solutions.map((s) => s.name).sort()).toEqual([
    'Audit-ready access',
    'Citizen portal',
    'Continuous close',
  ]);
  await expectAgreement();
});

test('after links, a note edit and an unlink', async () => {
  const { continuousClose, citizenPortal } = seeded.solutions;
  const [anly] = epicsOf(app.rt, 'ANLY', { open: true });
  await lead('contribution.link', { solutionId: citizenPortal.id, issue: anly.key });
  await lead('contribution.link', { solutionId: continuousClose.id, issue: anly.key });
  await lead('contribution.update', { id: seeded.contributions.bill.id, version: 1, note: 'Ledger sync' });
  await lead('contribution.unlink', { id: seeded.contributions.iam.id, version: 1 });
  await expectAgreement();
});

test('an epic in two solutions of two markets counts once, split, through a priority moving market and an unlink', async () => {
  const { continuousClose, citizenPortal } = seeded.solutions;
  const [anly] = epicsOf(app.rt, 'ANLY', { open: true });
  await lead('contribution.link', { solutionId: citizenPortal.id, issue: anly.key });
  const second = await lead('contribution.link', { solutionId: continuousClose.id, issue: anly.key });
  await expectAgreement();
  const investment = (await lead('portfolio.investment', {})) as unknown as Investment;
  expect(investment.split).toBe(1);
  const { citizen } = seeded.priorities;
  await lead('priority.update', {
    id: citizen.id,
    version: citizen.version,
    changes: { marketId: seeded.markets.emea.id },
  });
  await expectAgreement();
  await lead('contribution.unlink', { id: second.id, version: second.version });
  await expectAgreement();
});

test('after a solution is dropped, revived, renamed, and its priorities change', async () => {
  const s = seeded.solutions.continuousClose;
  const dropped = await lead('solution.update', {
    id: s.id,
    version: s.version,
    changes: { status: 'dropped' },
  });
  await expectAgreement();
  const revived = await lead('solution.update', {
    id: s.id,
    version: dropped.version,
    changes: { status: 'committed', name: 'Close in a day' },
  });
  await lead('solution.update', {
    id: s.id,
    version: revived.version,
    changes: { priorityIds: [seeded.priorities.close.id] },
  });
  await expectAgreement();
});

test('after markets and priorities are created, edited and deleted with cascades', async () => {
  const m = await lead('market.create', { name: 'Retail', strategicWeight: 3, status: 'explore' });
  const p = await lead('priority.create', {
    marketId: m.id,
    title: 'Open stores faster',
    outcome: 'Weeks, not months',
    layer: 'executive',
    importance: 4,
    status: 'hypothesis',
  });
  await lead('market.update', { id: m.id, version: m.version, changes: { strategicWeight: 5 } });
  await lead('priority.delete', { id: p.id, version: p.version, cascade: false });
  await lead('market.delete', {
    id: seeded.markets.publicSector.id,
    version: seeded.markets.publicSector.version,
    cascade: true,
  });
  await expectAgreement();
});

test('after Jira events: a child done, an epic closed, an epic deleted', async () => {
  const child = app.rt.jira.snapshot().issues.find((i) => i.parentId === seeded.epics.bill.id)!;
  app.rt.jira.updateIssue(child.key, { statusId: STATUSES.done.id });
  app.rt.jira.updateIssue(seeded.epics.iam.key, { statusId: STATUSES.done.id });
  app.rt.jira.deleteIssue(seeded.epics.mob.key);
  await app.rt.deliverEvents();
  await expectAgreement();
  const view = await lead('portfolio.get', {});
  expect(JSON.stringify(view)).not.toContain(seeded.epics.mob.id);
});

test('after an import of a backup, and the daily reconcile', async () => {
  const backup = await lead('admin.export', {});
  await app.callRaw('portfolioLead', 'settings', 'admin.import', { backup });
  await expectAgreement();
  await app.rt.schedule('daily-reconcile');
  await expectAgreement();
});

test('changes racing for the same shards all land, and the read model still agrees', async () => {
  const { continuousClose, auditReadyAccess, citizenPortal } = seeded.solutions;
  const epics = epicsOf(app.rt, 'ANLY', { open: true }).slice(0, 6);
  const links = epics.map((epic, i) =>
    app.callRaw('portfolioLead', 'portfolio', 'contribution.link', {
      solutionId: [continuousClose, auditReadyAccess, citizenPortal][i % 3].id,
      issue: epic.key,
    }),
  );
  // Six links at once: every one touches ANLY's product row, so all six race for one shard.
  const results = await Promise.all(links);
  expect(results.filter((r) => !r.ok)).toEqual([]);
  expect(results).toHaveLength(6);
  await expectAgreement();
  const { shards } = await store.readModel.readWhole();
  const anly = [...shards.values()]
    .flatMap((s) => Object.values(s.value.products))
    .find((p) => p.projectKey === 'ANLY')!;
  expect(anly.linkedEpics).toBe(6);
});
