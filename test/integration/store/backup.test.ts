import { BACKUP_FORMAT, joinPage, type Backup } from '../../../src/contract';
import type { Store } from '../../../src/store';
import { ALICE, failure, kvsRequests, linkInput, marketInput, seedChain, useWorld } from './fixtures';

const w = useWorld();

/** 130 markets (two query pages), a priority, a solution and 3 links. */
async function seedMany(store: Store) {
  const { solution } = await seedChain(store);
  for (let i = 0; i < 3; i++) await store.contributions.link(linkInput(solution.id, i), ALICE);
  for (let i = 0; i < 129; i++)
    await store.markets.create(marketInput(`Market ${String(i).padStart(3, '0')}`), ALICE);
}

describe('readAll and the export pages', () => {
  test('readAll pages through index queries instead of reading record by record', async () => {
    await seedMany(w.store);
    const { result, paths } = await kvsRequests(() => w.store.readAll());
    expect((result as { markets: unknown[] }).markets).toHaveLength(130);
    expect(paths.filter((p) => p.endsWith('/entity/get'))).toHaveLength(1); // the settings record
    expect(paths.filter((p) => p.endsWith('/entity/query'))).toHaveLength(6); // markets take 2 pages
  });

  test('pages stop at the byte budget, resume mid query page, and join into exactly readAll', async () => {
    await seedMany(w.store);
    await w.store.settings.update(null, { balanceTarget: 0.4 }, ALICE);
    const budget = 6 * 1024;
    let joined: Backup | null = null;
    let cursor: string | null = null;
    let pages = 0;
    do {
      const from = cursor === null ? null : w.store.backup.decodeExportCursor(cursor);
      const { records, next } = await w.store.backup.exportPage(from, budget);
      expect(Buffer.byteLength(JSON.stringify(records))).toBeLessThanOrEqual(budget + 100);
      joined = joinPage(joined, { format: BACKUP_FORMAT, exportedAt: 'x', ...records });
      cursor = next && w.store.backup.encodeExportCursor(next);
      pages++;
    } while (cursor !== null && pages < 100);
    expect(pages).toBeGreaterThan(5);
    const { format: _f, exportedAt: _e, ...records } = joined!;
    expect(records).toEqual(await w.store.readAll());
  });

  test('a cursor the store did not make is refused as VALIDATION', async () => {
    for (const bad of ['not-base64!', Buffer.from('[9,null,0]').toString('base64url'), 'W10']) {
      const error = await failure(Promise.resolve().then(() => w.store.backup.decodeExportCursor(bad)));
      expect(error).toMatchObject({ code: 'VALIDATION', fields: { cursor: 'Not an export cursor' } });
    }
  });
});
