import { err, priorityFor, seeded, solutionFor, type Seeded } from './seed';

let s: Seeded;
beforeEach(async () => {
  s = await seeded();
});
afterEach(() => s.app.close());

describe('business priority mutations', () => {
  test('a priority of a market that does not exist is refused next to the market field; nothing is written', async () => {
    const before = s.app.rt.kvs.dump();
    const error = err(await s.call('portfolioLead', 'priority.create', priorityFor('mkt_gone000000')));
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { marketId: 'This market no longer exists' } });
    expect(s.app.rt.kvs.dump()).toEqual(before);
  });

  test('a priority moves to another market; moving it to a deleted one is refused', async () => {
    const other = await s.lead('market.create', { name: 'Insurers', strategicWeight: 3, status: 'explore' });
    const moved = await s.lead('priority.update', {
      id: s.priority.id,
      version: 1,
      changes: { marketId: other.id },
    });
    expect(moved).toMatchObject({ marketId: other.id, version: 2, title: s.priority.title, evidence: [] });
    const error = err(
      await s.call('portfolioLead', 'priority.update', {
        id: s.priority.id,
        version: 2,
        changes: { marketId: 'mkt_gone000000' },
      }),
    );
    expect(error.fields).toEqual({ 'changes.marketId': 'This market no longer exists' });
  });

  test('a priority addressed by a solution is not deleted; the CONFLICT names the solution', async () => {
    const error = err(await s.call('portfolioLead', 'priority.delete', { id: s.priority.id, version: 1 }));
    expect(error).toMatchObject({
      code: 'CONFLICT',
      dependents: [{ type: 'solution', id: s.solution.id, name: s.solution.name }],
    });
  });

  test('a cascading priority delete keeps solutions that still address another priority', async () => {
    const second = await s.lead('priority.create', {
      ...priorityFor(s.market.id),
      title: 'Pass the audit first time',
    });
    const both = await s.lead('solution.update', {
      id: s.solution.id,
      version: 1,
      changes: { priorityIds: [s.priority.id, second.id] },
    });
    expect(both.priorityIds).toEqual([s.priority.id, second.id]);
    const result = await s.lead('priority.delete', { id: second.id, version: 1, cascade: true });
    expect(result.deleted).toEqual([{ type: 'priority', id: second.id }]);
    const backup = await s.lead('admin.export', {});
    expect(backup.solutions.map((x) => [x.id, x.priorityIds, x.version])).toEqual([
      [s.solution.id, [s.priority.id], 3],
    ]);
    expect(backup.contributions).toHaveLength(1);
  });
});

describe('solution mutations', () => {
  test('each chosen priority that no longer exists is named by its position', async () => {
    const before = s.app.rt.kvs.dump();
    const error = err(
      await s.call(
        'portfolioLead',
        'solution.create',
        solutionFor([s.priority.id, 'pri_gone000000', 'pri_gone111111']),
      ),
    );
    expect(error).toMatchObject({
      code: 'VALIDATION',
      fields: {
        'priorityIds.1': 'This priority no longer exists',
        'priorityIds.2': 'This priority no longer exists',
      },
    });
    expect(s.app.rt.kvs.dump()).toEqual(before);
  });

  test('an update keeps the fields it does not send, and refuses a missing priority', async () => {
    const updated = await s.lead('solution.update', {
      id: s.solution.id,
      version: 1,
      changes: { status: 'in-delivery' },
    });
    expect(updated).toMatchObject({
      status: 'in-delivery',
      priorityIds: [s.priority.id],
      valueStatement: s.solution.valueStatement,
      version: 2,
    });
    const error = err(
      await s.call('portfolioLead', 'solution.update', {
        id: s.solution.id,
        version: 2,
        changes: { priorityIds: ['pri_gone000000'] },
      }),
    );
    expect(error.fields).toEqual({ 'changes.priorityIds.0': 'This priority no longer exists' });
  });

  test('two people editing: the second save from the same version is refused and the first one stays', async () => {
    await s.lead('solution.update', { id: s.solution.id, version: 1, changes: { horizon: 'next' } });
    const error = err(
      await s.call('portfolioLead', 'solution.update', {
        id: s.solution.id,
        version: 1,
        changes: { horizon: 'later' },
      }),
    );
    expect(error.code).toBe('CONFLICT');
    const backup = await s.lead('admin.export', {});
    expect(backup.solutions[0]).toMatchObject({ horizon: 'next', version: 2 });
  });

  test('a solution with linked epics is not deleted; the CONFLICT names the epics', async () => {
    const error = err(await s.call('portfolioLead', 'solution.delete', { id: s.solution.id, version: 1 }));
    expect(error).toMatchObject({
      code: 'CONFLICT',
      dependents: [{ type: 'contribution', id: s.contribution.id, name: s.contribution.epicKey }],
    });
    const result = await s.lead('solution.delete', { id: s.solution.id, version: 1, cascade: true });
    expect(result.deleted).toEqual([
      { type: 'solution', id: s.solution.id },
      { type: 'contribution', id: s.contribution.id },
    ]);
  });

  test('deleting a solution that does not exist is NOT_FOUND; a stale version is CONFLICT', async () => {
    expect(
      err(await s.call('portfolioLead', 'solution.delete', { id: 'sol_gone000000', version: 1 })).code,
    ).toBe('NOT_FOUND');
    expect(
      err(await s.call('portfolioLead', 'solution.delete', { id: s.solution.id, version: 7, cascade: true }))
        .code,
    ).toBe('CONFLICT');
  });

  test('without "Manage market layer" priorities and solutions stay as they are', async () => {
    const before = s.app.rt.kvs.dump();
    const codes = [
      await s.call('viewer', 'priority.create', priorityFor(s.market.id)),
      await s.call('viewer', 'priority.update', {
        id: s.priority.id,
        version: 1,
        changes: { importance: 1 },
      }),
      await s.call('viewer', 'priority.delete', { id: s.priority.id, version: 1, cascade: true }),
      await s.call('productManager', 'solution.update', {
        id: s.solution.id,
        version: 1,
        changes: { status: 'dropped' },
      }),
      await s.call('engineeringLead', 'solution.delete', { id: s.solution.id, version: 1, cascade: true }),
    ].map((r) => err(r).code);
    expect(codes).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(s.app.rt.kvs.dump()).toEqual(before);
  });
});
