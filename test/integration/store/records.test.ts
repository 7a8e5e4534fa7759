import type { Market } from '../../../src/contract';
import {
  ALICE,
  BOB,
  beforeNextRequest,
  failure,
  marketInput,
  priorityInput,
  seedChain,
  useWorld,
} from './fixtures';

const w = useWorld();

describe('markets, priorities and solutions', () => {
  test('a created market reads back whole, at version 1, stamped with who and when', async () => {
    const created = await w.store.markets.create(marketInput(), ALICE);
    expect(created).toMatchObject({ ...marketInput(), version: 1, updatedBy: ALICE });
    expect(created.id).toMatch(/^mkt_[A-Za-z0-9]{6,40}$/);
    expect(created.createdAt).toBe(created.updatedAt);
    expect(await w.store.markets.get(created.id)).toEqual(created);
    expect(await w.store.markets.list()).toEqual([created]);
  });

  test('an update changes only what was asked, bumps the version and keeps createdAt', async () => {
    const m = await w.store.markets.create(marketInput(), ALICE);
    const updated = await w.store.markets.update(
      m.id,
      1,
      { name: 'Large manufacturers', strategicWeight: 5 },
      BOB,
    );
    expect(updated).toEqual({
      ...m,
      name: 'Large manufacturers',
      strategicWeight: 5,
      version: 2,
      updatedAt: updated.updatedAt,
      updatedBy: BOB,
    });
    expect(updated.updatedAt > m.updatedAt).toBe(true);
    expect(await w.store.markets.get(m.id)).toEqual(updated);
  });

  test('an update that changes nothing writes nothing and keeps the version', async () => {
    const m = await w.store.markets.create(marketInput(), ALICE);
    const before = w.rt.kvs.dump();
    expect(await w.store.markets.update(m.id, 1, { name: m.name }, BOB)).toEqual(m);
    expect(w.rt.kvs.dump()).toEqual(before);
  });

  test('invalid values are refused field by field and nothing is stored', async () => {
    const m = await w.store.markets.create(marketInput(), ALICE);
    const before = w.rt.kvs.dump();
    const error = await failure(w.store.markets.update(m.id, 1, { strategicWeight: 9, name: '  ' }, ALICE));
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual({
      name: 'Enter name',
      strategicWeight: 'Strategic weight must be from 1 to 5',
    });
    expect(w.rt.kvs.dump()).toEqual(before);
  });

  test('reading or updating a record that does not exist is NOT_FOUND', async () => {
    expect(await w.store.markets.get('mkt_missing1')).toBeUndefined();
    expect((await failure(w.store.markets.update('mkt_missing1', 1, { name: 'x' }, ALICE))).code).toBe(
      'NOT_FOUND',
    );
  });

  test('priorities list by market; a priority needs a market that exists', async () => {
    const a = await w.store.markets.create(marketInput('A'), ALICE);
    const b = await w.store.markets.create(marketInput('B'), ALICE);
    const pa = await w.store.priorities.create(priorityInput(a.id, 'Grow'), ALICE);
    await w.store.priorities.create(priorityInput(b.id, 'Save'), ALICE);
    expect(await w.store.priorities.listByMarket(a.id)).toEqual([pa]);
    expect(await w.store.priorities.list()).toHaveLength(2);

    const before = w.rt.kvs.dump();
    const error = await failure(w.store.priorities.create(priorityInput('mkt_gone0001'), ALICE));
    expect(error).toMatchObject({
      code: 'VALIDATION',
      fields: { marketId: 'This market no longer exists' },
    });
    expect(w.rt.kvs.dump()).toEqual(before);
  });

  test('a solution can only address priorities that exist', async () => {
    const { priority, solution } = await seedChain(w.store);
    expect(await w.store.solutions.get(solution.id)).toEqual(solution);
    const error = await failure(
      w.store.solutions.update(solution.id, 1, { priorityIds: [priority.id, 'pri_gone0001'] }, ALICE),
    );
    expect(error).toMatchObject({
      code: 'VALIDATION',
      fields: { 'changes.priorityIds.1': 'This priority no longer exists' },
    });
    expect((await w.store.solutions.get(solution.id))?.priorityIds).toEqual([priority.id]);
    const moved = await w.store.solutions.update(solution.id, 1, { name: 'Maintenance as a service' }, ALICE);
    expect(moved.name).toBe('Maintenance as a service');
    expect(await w.store.solutions.list()).toEqual([moved]);
  });

  test('a plain delete of a record nothing refers to removes it', async () => {
    const m = await w.store.markets.create(marketInput(), ALICE);
    expect(await w.store.markets.delete(m.id, 1, ALICE)).toEqual({
      deleted: [{ type: 'market', id: m.id }],
      updated: [],
    });
    expect(await w.store.markets.get(m.id)).toBeUndefined();
    expect((await failure(w.store.markets.delete(m.id, 1, ALICE))).code).toBe('NOT_FOUND');
  });
});

describe('versions', () => {
  let m: Market;
  beforeEach(async () => {
    m = await w.store.markets.create(marketInput(), ALICE);
    await w.store.markets.update(m.id, 1, { name: 'Renamed by Alice' }, ALICE);
  });

  test('an update from a stale version is CONFLICT and overwrites nothing', async () => {
    const before = w.rt.kvs.dump();
    const error = await failure(w.store.markets.update(m.id, 1, { name: 'Renamed by Bob' }, BOB));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/Someone else changed market “Renamed by Alice”/);
    expect(w.rt.kvs.dump()).toEqual(before);
  });

  test('a delete from a stale version is CONFLICT and deletes nothing', async () => {
    const before = w.rt.kvs.dump();
    expect((await failure(w.store.markets.delete(m.id, 1, BOB))).code).toBe('CONFLICT');
    expect(w.rt.kvs.dump()).toEqual(before);
  });

  test('two people saving the same version at once: the transaction lets one win and refuses the other', async () => {
    // Bob has read version 2 and passed the early check; Alice commits just before Bob's write.
    beforeNextRequest(/transaction/, () => w.store.markets.update(m.id, 2, { name: 'Alice again' }, ALICE));
    const error = await failure(w.store.markets.update(m.id, 2, { name: 'Bob' }, BOB));
    expect(error.code).toBe('CONFLICT');
    expect(await w.store.markets.get(m.id)).toMatchObject({
      name: 'Alice again',
      version: 3,
      updatedBy: ALICE,
    });
  });
});
