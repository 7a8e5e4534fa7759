import { directoryPartOf, shardOf } from '../../../src/domain';
import {
  ALICE,
  BOB,
  beforeNextRequest,
  failure,
  kvsRequests,
  linkInput,
  marketInput,
  priorityInput,
  seedChain,
  solutionInput,
  transactions,
  useWorld,
} from './fixtures';

const w = useWorld();

describe('deleting something others refer to', () => {
  test('is refused with CONFLICT naming the dependents, and nothing changes', async () => {
    const { market, priority } = await seedChain(w.store);
    const second = await w.store.priorities.create(priorityInput(market.id, 'Shorten changeovers'), ALICE);
    const before = w.rt.kvs.dump();
    const error = await failure(w.store.markets.delete(market.id, 1, ALICE));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain(
      '2 business priorities (“Cut unplanned downtime”, “Shorten changeovers”)',
    );
    expect(error.dependents).toEqual([
      { type: 'priority', id: priority.id, name: 'Cut unplanned downtime' },
      { type: 'priority', id: second.id, name: 'Shorten changeovers' },
    ]);
    expect(w.rt.kvs.dump()).toEqual(before);
  });

  test('a solution with linked epics names them, hiding epics the caller may not browse', async () => {
    const { solution } = await seedChain(w.store);
    await w.store.contributions.link(linkInput(solution.id, 1), ALICE);
    await w.store.contributions.link(linkInput(solution.id, 2, '10002', 'SEC'), ALICE);
    const error = await failure(
      w.store.solutions.delete(solution.id, 1, ALICE, { isVisible: (c) => c.projectKey === 'PLAT' }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.dependents?.map((d) => d.name)).toEqual(['An epic in a project you cannot view', 'PLAT-1']);
    expect(error.message).not.toContain('SEC-2');
  });
});

describe('cascading deletes', () => {
  test('a market takes its priorities, their only solutions and those solutions’ contributions, in one transaction', async () => {
    const { market, priority, solution } = await seedChain(w.store);
    const other = await w.store.markets.create(marketInput('Utilities'), ALICE);
    const kept = await w.store.priorities.create(priorityInput(other.id, 'Meet grid regulation'), ALICE);
    const shared = await w.store.solutions.create(
      solutionInput([priority.id, kept.id], 'Asset analytics'),
      ALICE,
    );
    const c1 = await w.store.contributions.link(linkInput(solution.id, 1), ALICE);
    const c2 = await w.store.contributions.link(linkInput(shared.id, 2), ALICE);

    const { result, paths } = await kvsRequests(() =>
      w.store.markets.delete(market.id, 1, ALICE, { cascade: true }),
    );
    expect(transactions(paths)).toBe(1);
    expect(result).toEqual({
      deleted: [
        { type: 'market', id: market.id },
        { type: 'priority', id: priority.id },
        { type: 'solution', id: solution.id },
        { type: 'contribution', id: c1.id },
      ],
      updated: [{ type: 'solution', id: shared.id }],
    });
    const all = await w.store.readAll();
    expect(all.markets.map((m) => m.id)).toEqual([other.id]);
    expect(all.priorities.map((p) => p.id)).toEqual([kept.id]);
    expect(all.solutions).toEqual([
      expect.objectContaining({ id: shared.id, priorityIds: [kept.id], version: 2 }),
    ]);
    expect(all.contributions.map((c) => c.id)).toEqual([c2.id]);
  });

  test('a priority is removed from the solutions that address it', async () => {
    const { market, priority, solution } = await seedChain(w.store);
    const second = await w.store.priorities.create(priorityInput(market.id, 'Shorten changeovers'), ALICE);
    await w.store.solutions.update(solution.id, 1, { priorityIds: [priority.id, second.id] }, ALICE);
    const result = await w.store.priorities.delete(priority.id, 1, ALICE, { cascade: true });
    expect(result).toEqual({
      deleted: [{ type: 'priority', id: priority.id }],
      updated: [{ type: 'solution', id: solution.id }],
    });
    expect(await w.store.solutions.get(solution.id)).toMatchObject({ priorityIds: [second.id], version: 3 });
  });

  test('a solution takes its contributions', async () => {
    const { solution } = await seedChain(w.store);
    const c = await w.store.contributions.link(linkInput(solution.id, 1), ALICE);
    expect((await w.store.contributions.listByEpic(c.epicId)).map((found) => found.id)).toEqual([c.id]);
    await w.store.solutions.delete(solution.id, 1, ALICE, { cascade: true });
    expect(await w.store.contributions.get(c.id)).toBeUndefined();
    expect(await w.store.contributions.listByEpic(c.epicId)).toEqual([]);
  });

  test('a cascade planned from a dependent someone changes meanwhile is CONFLICT and deletes nothing', async () => {
    const { market, solution } = await seedChain(w.store);
    await w.store.contributions.link(linkInput(solution.id, 1), ALICE);
    // The rename commits after the delete has read everything and before its one transaction,
    // so only the transaction's version condition on the solution can notice.
    beforeNextRequest(/transaction/, () =>
      w.store.solutions.update(solution.id, 1, { name: 'Renamed meanwhile' }, BOB),
    );
    const error = await failure(w.store.markets.delete(market.id, 1, ALICE, { cascade: true }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/or something that depends on it changed since you loaded it/);
    const all = await w.store.readAll();
    expect([
      all.markets.length,
      all.priorities.length,
      all.solutions.length,
      all.contributions.length,
    ]).toEqual([1, 1, 1, 1]);
    expect(all.solutions[0].name).toBe('Renamed meanwhile');
  });

  test('a cascade bigger than one transaction is LIMIT, says how many records and what to do, and writes nothing', async () => {
    const { solution } = await seedChain(w.store);
    for (let n = 1; n <= 12; n += 1) await w.store.contributions.link(linkInput(solution.id, n), ALICE);
    const before = w.rt.kvs.dump();
    const error = await failure(w.store.solutions.delete(solution.id, 1, ALICE, { cascade: true }));
    expect(error.code).toBe('LIMIT');
    expect(error.message).toContain(
      // 13 records and their audit entries; the solution's and the product's summary shards, their
      // directory parts, the product's linked epic ids and the solution's contributions value.
      `would change 13 records (${26 + readModelWrites(solution.id)} storage operations with their audit entries and the portfolio summary)`,
    );
    expect(error.message).toContain('Delete some of what depends on it first (12 linked epics');
    expect(w.rt.kvs.dump()).toEqual(before);
  });

  test('the largest cascade that fits (9 records, their audit entries and the read model) goes through', async () => {
    const { solution } = await seedChain(w.store);
    for (let n = 1; n <= 8; n += 1) await w.store.contributions.link(linkInput(solution.id, n), ALICE);
    expect(18 + readModelWrites(solution.id)).toBeLessThanOrEqual(25);
    const result = await w.store.solutions.delete(solution.id, 1, ALICE, { cascade: true });
    expect(result.deleted).toHaveLength(9);
    expect(await w.store.contributions.list()).toEqual([]);
  });
});

/** Shards, their directory parts, one product's linked ids and one contributions value (src/store/read-model). */
function readModelWrites(solutionId: string): number {
  const shards = new Set([shardOf(solutionId), shardOf('10001')]);
  return shards.size + new Set([...shards].map(directoryPartOf)).size + 1 + 1;
}

describe('a storage fault in the middle of a change', () => {
  test('is UNAVAILABLE and leaves nothing half-written', async () => {
    const { market, solution } = await seedChain(w.store);
    await w.store.contributions.link(linkInput(solution.id, 1), ALICE);
    const before = w.rt.kvs.dump();
    // The reads succeed; the one transaction carrying every write fails on the server.
    w.rt.faults.inject({ target: 'kvs', nth: 1, kind: 'server-error', path: /transaction/ });
    const error = await failure(w.store.markets.delete(market.id, 1, ALICE, { cascade: true }));
    expect(error.code).toBe('UNAVAILABLE');
    expect(w.rt.kvs.dump()).toEqual(before);
    // Once storage answers again the same request completes.
    await w.store.markets.delete(market.id, 1, ALICE, { cascade: true });
    expect((await w.store.readAll()).contributions).toEqual([]);
  });

  test('a timeout is UNAVAILABLE too', async () => {
    const m = await w.store.markets.create(marketInput(), ALICE);
    w.rt.faults.inject({ target: 'kvs', nth: 1, kind: 'timeout' });
    expect((await failure(w.store.markets.get(m.id))).code).toBe('UNAVAILABLE');
  });
});
