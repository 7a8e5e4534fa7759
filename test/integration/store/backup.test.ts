import { BACKUP_FORMAT, type Backup } from '../../../src/contract';
import {
  ALICE,
  BOB,
  failure,
  kvsRequests,
  linkInput,
  marketInput,
  openWorld,
  seedChain,
  useWorld,
  type World,
} from './fixtures';

const w = useWorld();

async function exportBackup(world: World): Promise<Backup> {
  return { format: BACKUP_FORMAT, exportedAt: '2026-11-23T12:00:00.000Z', ...(await world.store.readAll()) };
}

/** A portfolio with one of everything, in a runtime of its own. */
async function portfolioBackup(): Promise<Backup> {
  const source = openWorld();
  try {
    const { solution } = await seedChain(source.store);
    await source.store.contributions.link(linkInput(solution.id, 1), ALICE);
    await source.store.products.save(
      { projectId: '10001', projectKey: 'PLAT', projectName: 'Platform', version: null, changes: {} },
      ALICE,
    );
    await source.store.settings.update(null, { balanceTarget: 0.4 }, ALICE);
    return await exportBackup(source);
  } finally {
    source.rt.close();
  }
}

describe('readAll and replaceAll', () => {
  test('an exported backup imported elsewhere reads back identical, versions included', async () => {
    const backup = await portfolioBackup();
    await w.store.markets.create(marketInput('Leftover'), BOB);
    const counts = await w.store.replaceAll(backup, ALICE);
    expect(counts).toEqual({ markets: 1, priorities: 1, solutions: 1, contributions: 1, products: 1 });
    expect(await exportBackup(w)).toEqual(backup);
    expect(await w.store.importInProgress()).toBeNull();
    expect((await w.store.listAudit('settings', 'settings'))[0]).toMatchObject({
      action: 'import',
      accountId: ALICE,
      summary: expect.stringContaining('1 markets, 1 priorities, 1 solutions, 1 contributions, 1 products'),
    });
  });

  test('readAll pages through index queries instead of reading record by record', async () => {
    const backup = await portfolioBackup();
    const many = Array.from({ length: 130 }, (_, i) => ({
      ...backup.markets[0],
      id: `mkt_bulk${String(i).padStart(4, '0')}`,
      name: `Market ${i}`,
    }));
    await w.store.replaceAll({ ...backup, markets: [...backup.markets, ...many] }, ALICE);
    const { result, paths } = await kvsRequests(() => w.store.readAll());
    expect(result).toMatchObject({ markets: expect.any(Array) });
    expect((result as { markets: unknown[] }).markets).toHaveLength(131);
    expect(paths.filter((p) => p.endsWith('/entity/get'))).toHaveLength(1); // the settings record
    expect(paths.filter((p) => p.endsWith('/entity/query'))).toHaveLength(6); // markets take 2 pages
  });

  test('a backup that refers to records it lacks is refused whole, and nothing is written', async () => {
    const backup = await portfolioBackup();
    const { store, rt } = w;
    await store.markets.create(marketInput('Existing'), BOB);
    const before = rt.kvs.dump();
    const broken = { ...backup, markets: [] };
    const error = await failure(store.replaceAll(broken, ALICE));
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual({
      'priorities.0.marketId': `Market ${backup.markets[0].id} is not in the backup`,
    });
    expect((await failure(store.replaceAll({ ...backup, format: 2 } as unknown as Backup, ALICE))).code).toBe(
      'VALIDATION',
    );
    expect(rt.kvs.dump()).toEqual(before);
  });

  test('an import cut short by a storage fault is UNAVAILABLE, flagged, and finished by running it again', async () => {
    const backup = await portfolioBackup();
    const many = Array.from({ length: 60 }, (_, i) => ({
      ...backup.markets[0],
      id: `mkt_bulk${String(i).padStart(4, '0')}`,
      name: `Market ${i}`,
    }));
    const big = { ...backup, markets: [...backup.markets, ...many] };
    // The second of three write transactions fails.
    w.rt.faults.inject({ target: 'kvs', nth: 2, kind: 'server-error', path: /transaction/ });
    expect((await failure(w.store.replaceAll(big, ALICE))).code).toBe('UNAVAILABLE');
    expect(await w.store.importInProgress()).toMatchObject({ accountId: ALICE });
    expect((await w.store.readAll()).markets.length).toBeLessThan(61);

    await w.store.replaceAll(big, ALICE);
    expect(await w.store.importInProgress()).toBeNull();
    expect(await exportBackup(w)).toEqual({ ...big, markets: expect.arrayContaining(big.markets) });
    expect((await w.store.readAll()).markets).toHaveLength(61);
  });
});
