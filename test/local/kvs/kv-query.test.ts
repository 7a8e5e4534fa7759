import { kvs, MetadataField, WhereConditions } from '@forge/kvs';
import { installKvs, kvsError, type InstalledKvs } from './install-kvs';

let installed: InstalledKvs;
beforeEach(() => (installed = installKvs()));
afterEach(() => installed.uninstall());

async function seed(keys: string[]): Promise<void> {
  for (const key of keys) await kvs.set(key, { key });
}

describe('kvs.query()', () => {
  it('lists keys starting with a prefix, in key order', async () => {
    await seed(['market:b', 'market:a', 'marketing', 'solution:a']);
    const { results, nextCursor } = await kvs
      .query()
      .where('key', WhereConditions.beginsWith('market:'))
      .getMany();
    expect(results.map((r) => r.key)).toEqual(['market:a', 'market:b']);
    expect(nextCursor).toBeUndefined();
  });

  it('pages with limit and cursor until every key has been seen once', async () => {
    const keys = Array.from({ length: 7 }, (_, i) => `item:${String(i).padStart(2, '0')}`);
    await seed([...keys].reverse());
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const query = kvs.query().where('key', WhereConditions.beginsWith('item:')).limit(3);
      const page = await (cursor ? query.cursor(cursor) : query).getMany();
      seen.push(...page.results.map((r) => r.key));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(seen).toEqual(keys);
    expect(pages).toBe(3);
  });

  it('returns 10 results by default and allows up to 100', async () => {
    await seed(Array.from({ length: 12 }, (_, i) => `k${String(i).padStart(2, '0')}`));
    const first = await kvs.query().getMany();
    expect(first.results).toHaveLength(10);
    // The cursor must lead to the two results the first page left out, not just exist.
    const rest = await kvs.query().cursor(first.nextCursor!).getMany();
    expect([...first.results, ...rest.results].map((r) => r.key)).toEqual(
      Array.from({ length: 12 }, (_, i) => `k${String(i).padStart(2, '0')}`),
    );
    expect((await kvs.query().limit(100).getMany()).results).toHaveLength(12);
  });

  it('rejects a page limit outside 1..100', async () => {
    expect((await kvsError(kvs.query().limit(101).getMany())).code).toBe(
      'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE',
    );
    expect((await kvsError(kvs.query().limit(0).getMany())).code).toBe(
      'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE',
    );
  });

  it('getOne returns the first match or undefined', async () => {
    await seed(['b', 'a']);
    expect(await kvs.query().getOne()).toEqual({ key: 'a', value: { key: 'a' } });
    expect(await kvs.query().where('key', WhereConditions.beginsWith('zzz')).getOne()).toBeUndefined();
  });

  it('leaves out expired keys and includes only the requested metadata', async () => {
    await kvs.set('short', 1, { ttl: { value: 1, unit: 'SECONDS' } });
    await kvs.set('long', 2, { ttl: { value: 1, unit: 'DAYS' } });
    installed.clock.now += 1500;
    const { results } = await kvs.query({ metadataFields: [MetadataField.EXPIRE_TIME] }).getMany();
    expect(results).toEqual([
      { key: 'long', value: 2, expireTime: new Date(installed.clock.now - 1500 + 86_400_000).toISOString() },
    ]);
  });

  it('rejects a cursor it did not issue', async () => {
    expect((await kvsError(kvs.query().cursor('not-a-cursor').getMany())).code).toBe('BAD_REQUEST');
  });
});
