import {
  ALICE,
  BOB,
  linkInput,
  marketInput,
  priorityInput,
  seedChain,
  solutionInput,
  useWorld,
} from './fixtures';

const w = useWorld();

describe('audit trail', () => {
  test('says who changed what and when, field by field, newest first', async () => {
    const m = await w.store.markets.create(marketInput(), ALICE);
    const renamed = await w.store.markets.update(
      m.id,
      1,
      { name: 'Process industry', status: 'explore' },
      BOB,
    );
    await w.store.markets.delete(m.id, 2, ALICE);

    const trail = await w.store.listAudit('market', m.id);
    expect(trail.map((e) => [e.action, e.accountId])).toEqual([
      ['delete', ALICE],
      ['update', BOB],
      ['create', ALICE],
    ]);
    const [deleted, updated, created] = trail;
    expect(updated).toMatchObject({
      entityType: 'market',
      entityId: m.id,
      at: renamed.updatedAt,
      changes: { name: ['Mid-size manufacturers', 'Process industry'], status: ['target', 'explore'] },
      summary: 'Updated market “Process industry”: name, status',
    });
    expect(created.changes).toMatchObject({
      name: [null, 'Mid-size manufacturers'],
      strategicWeight: [null, 4],
    });
    expect(created.changes).not.toHaveProperty('version');
    expect(deleted).toMatchObject({
      summary: 'Deleted market “Process industry”',
      changes: { name: ['Process industry', null] },
    });
  });

  test('is written in the same transaction as the change: a refused change leaves no entry', async () => {
    const m = await w.store.markets.create(marketInput(), ALICE);
    await expect(w.store.markets.update(m.id, 7, { name: 'Stale' }, BOB)).rejects.toMatchObject({
      error: { code: 'CONFLICT' },
    });
    expect(await w.store.listAudit('market', m.id)).toHaveLength(1);
  });

  test('a cascade leaves an entry on every record it deleted or changed', async () => {
    const { market, priority, solution } = await seedChain(w.store);
    const other = await w.store.markets.create(marketInput('Utilities'), ALICE);
    const kept = await w.store.priorities.create(priorityInput(other.id, 'Meet grid regulation'), ALICE);
    const shared = await w.store.solutions.create(
      solutionInput([priority.id, kept.id], 'Asset analytics'),
      ALICE,
    );
    const c = await w.store.contributions.link(linkInput(solution.id, 1), ALICE);
    await w.store.markets.delete(market.id, 1, BOB, { cascade: true });

    const latest = async (type: Parameters<typeof w.store.listAudit>[0], id: string) =>
      (await w.store.listAudit(type, id))[0];
    expect(await latest('market', market.id)).toMatchObject({
      action: 'delete',
      accountId: BOB,
      summary: 'Deleted market “Mid-size manufacturers”',
    });
    expect(await latest('priority', priority.id)).toMatchObject({
      action: 'delete',
      summary: 'Deleted with market “Mid-size manufacturers”',
    });
    expect(await latest('solution', solution.id)).toMatchObject({ action: 'delete' });
    expect(await latest('contribution', c.id)).toMatchObject({ action: 'delete' });
    expect(await latest('solution', shared.id)).toMatchObject({
      action: 'update',
      accountId: BOB,
      changes: { priorityIds: [[priority.id, kept.id], [kept.id]] },
    });
  });

  test('linking and unlinking an epic show on the contribution’s trail', async () => {
    const { solution } = await seedChain(w.store);
    const c = await w.store.contributions.link(linkInput(solution.id, 1), ALICE);
    await w.store.contributions.unlink(c.id, 1, BOB);
    expect((await w.store.listAudit('contribution', c.id)).map((e) => [e.action, e.accountId])).toEqual([
      ['unlink', BOB],
      ['link', ALICE],
    ]);
  });
});
