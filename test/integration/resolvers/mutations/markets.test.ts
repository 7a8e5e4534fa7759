import { DEMO_USERS } from '../../../../local/demo';
import { MARKET, err, priorityFor, seeded, solutionFor, storedAudit, type Seeded } from './seed';

let s: Seeded;
beforeEach(async () => {
  s = await seeded();
});
afterEach(() => s.app.close());

describe('market mutations', () => {
  test('a portfolio lead creates a market: version 1, stamped with who and when', async () => {
    const market = await s.lead('market.create', { ...MARKET, name: 'Healthcare networks' });
    expect(market).toMatchObject({ name: 'Healthcare networks', version: 1, ownerAccountId: null });
    expect(market.id).toMatch(/^mkt_/);
    expect(market.updatedBy).toBe(DEMO_USERS.portfolioLead);
  });

  test('an update changes only the fields sent and bumps the version', async () => {
    const updated = await s.lead('market.update', {
      id: s.market.id,
      version: 1,
      changes: { strategicWeight: 2 },
    });
    expect(updated).toMatchObject({
      version: 2,
      strategicWeight: 2,
      name: MARKET.name,
      description: MARKET.description,
      segments: MARKET.segments,
    });
  });

  test('an update from a stale version is refused with CONFLICT and overwrites nothing', async () => {
    await s.lead('market.update', { id: s.market.id, version: 1, changes: { name: 'First edit' } });
    const before = s.app.rt.kvs.dump();
    const error = err(
      await s.call('portfolioLead', 'market.update', {
        id: s.market.id,
        version: 1,
        changes: { name: 'Second edit' },
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(s.app.rt.kvs.dump()).toEqual(before);
  });

  test('updating or deleting a market that does not exist is NOT_FOUND', async () => {
    const missing = 'mkt_doesnotexist1';
    expect(
      err(await s.call('portfolioLead', 'market.update', { id: missing, version: 1, changes: { name: 'x' } }))
        .code,
    ).toBe('NOT_FOUND');
    expect(err(await s.call('portfolioLead', 'market.delete', { id: missing, version: 1 })).code).toBe(
      'NOT_FOUND',
    );
  });

  test('a market with priorities is not deleted; the CONFLICT names them', async () => {
    const before = s.app.rt.kvs.dump();
    const error = err(await s.call('portfolioLead', 'market.delete', { id: s.market.id, version: 1 }));
    expect(error.code).toBe('CONFLICT');
    expect(error.dependents).toEqual([{ type: 'priority', id: s.priority.id, name: s.priority.title }]);
    expect(s.app.rt.kvs.dump()).toEqual(before);
  });

  test('a cascading delete removes the market, its priorities, the solutions left without one and their links', async () => {
    const result = await s.lead('market.delete', { id: s.market.id, version: 1, cascade: true });
    expect(result.deleted).toEqual([
      { type: 'market', id: s.market.id },
      { type: 'priority', id: s.priority.id },
      { type: 'solution', id: s.solution.id },
      { type: 'contribution', id: s.contribution.id },
    ]);
    const backup = await s.lead('admin.export', {});
    expect([backup.markets, backup.priorities, backup.solutions, backup.contributions]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });

  test('a cascade too big for one transaction answers with a background job and deletes it all', async () => {
    // 13 priorities, the seeded solution and its link with the market: 16 deletes, 32 > 25 operations.
    for (let i = 0; i < 12; i += 1)
      await s.lead('priority.create', { ...priorityFor(s.market.id), title: `Priority ${i}` });
    const started = await s.lead('market.delete', { id: s.market.id, version: 1, cascade: true });
    expect(started.deleted).toEqual([]);
    expect(started.job).toMatchObject({ kind: 'delete', state: 'running', total: 16, unit: 'records' });
    await s.app.rt.deliverJobs({ fastForward: true });
    const [job] = (await s.lead('jobs.list', {})) as { state: string; done: number }[];
    expect(job).toMatchObject({ state: 'done', done: 16 });
    const entities = s.app.rt.kvs.dump().entities;
    expect([entities.market, entities.priority].map((e) => Object.keys(e ?? {}).length)).toEqual([0, 0]);
  });

  test.each(['viewer', 'productManager', 'engineeringLead'] as const)(
    'without "Manage market layer" the %s may not create, update or delete; nothing is written',
    async (user) => {
      const before = s.app.rt.kvs.dump();
      const results = [
        await s.call(user, 'market.create', MARKET),
        await s.call(user, 'market.update', { id: s.market.id, version: 1, changes: { name: 'Mine' } }),
        await s.call(user, 'market.delete', { id: s.market.id, version: 1, cascade: true }),
        await s.call(user, 'solution.create', solutionFor([s.priority.id])),
      ];
      expect(results.map((r) => err(r).code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
      expect(s.app.rt.kvs.dump()).toEqual(before);
    },
  );

  test('the audit trail records who created and changed a market', async () => {
    await s.lead('market.update', { id: s.market.id, version: 1, changes: { status: 'explore' } });
    const entries = storedAudit(s.app, 'market', s.market.id);
    expect(entries.map((e) => [e.action, e.accountId, e.changes.status])).toEqual([
      ['create', DEMO_USERS.portfolioLead, [null, 'target']],
      ['update', DEMO_USERS.portfolioLead, ['target', 'explore']],
    ]);
  });
});
