import { kvs, MetadataField } from '@forge/kvs';
import { installKvs, kvsError, type InstalledKvs } from './install-kvs';

// https://developer.atlassian.com/platform/forge/storage-reference/batchops
let installed: InstalledKvs;
beforeEach(() => (installed = installKvs()));
afterEach(() => installed.uninstall());

describe('kvs.batchSet', () => {
  it('stores plain keys and entity values together and reports each key', async () => {
    const result = await kvs.batchSet<unknown>([
      { key: 'plain', value: 'simple value' },
      { key: 'e1', value: { surname: 'Davis', age: 30 }, entityName: 'employee' },
    ]);
    expect(result).toEqual({
      successfulKeys: [{ key: 'plain' }, { key: 'e1', entityName: 'employee' }],
      failedKeys: [],
    });
    expect(await kvs.get('plain')).toBe('simple value');
    expect(await kvs.entity('employee').get('e1')).toEqual({ surname: 'Davis', age: 30 });
  });

  it('fails only the invalid items and still writes the rest', async () => {
    const result = await kvs.batchSet<unknown>([
      { key: 'good', value: 1 },
      { key: 'bad/key', value: 2 },
      { key: 'e2', value: { age: 'thirty' }, entityName: 'employee' },
      { key: 'e3', value: { age: 1 }, entityName: 'unknown-entity' },
    ]);
    expect(result.successfulKeys).toEqual([{ key: 'good' }]);
    expect(result.failedKeys.map((f) => [f.key, f.error.code])).toEqual([
      ['bad/key', 'INVALID_KEY'],
      ['e2', 'INVALID_ENTITY_VALUE'],
      ['e3', 'INVALID_ENTITY_TYPE'],
    ]);
    expect(Object.keys(installed.emulator.dump().kv)).toEqual(['good']);
  });

  it('stores TTLs given per item', async () => {
    await kvs.batchSet<unknown>([
      { key: 'brief', value: 1, options: { ttl: { value: 1, unit: 'SECONDS' } } },
    ]);
    installed.clock.now += 1001;
    expect(await kvs.get('brief')).toBeUndefined();
  });

  it.each([
    ['no items', []],
    ['26 items', Array.from({ length: 26 }, (_, i) => ({ key: `k${i}`, value: i }))],
    [
      'the same key twice',
      [
        { key: 'dup', value: 1 },
        { key: 'dup', value: 2 },
      ],
    ],
  ])('rejects a batch with %s as a whole', async (_label, items) => {
    const error = await kvsError(kvs.batchSet(items));
    expect(error.code).toBe('BAD_REQUEST');
    expect(installed.emulator.dump().kv).toEqual({});
  });

  it('accepts exactly 25 items', async () => {
    const items = Array.from({ length: 25 }, (_, i) => ({ key: `k${i}`, value: i }));
    expect((await kvs.batchSet(items)).successfulKeys).toHaveLength(25);
  });
});

describe('kvs.batchGet and kvs.batchDelete', () => {
  beforeEach(async () => {
    await kvs.set('a', 'A');
    await kvs.entity('employee').set('e1', { surname: 'Scott' });
  });

  it('reads found keys with requested metadata and reports missing ones as KEY_NOT_FOUND', async () => {
    const result = await kvs.batchGet([
      { key: 'a', options: { metadataFields: [MetadataField.CREATED_AT] } },
      { key: 'e1', entityName: 'employee' },
      { key: 'missing' },
    ] as Parameters<typeof kvs.batchGet>[0]);
    expect(result.successfulKeys).toEqual([
      { key: 'a', value: 'A', createdAt: installed.clock.now },
      { key: 'e1', entityName: 'employee', value: { surname: 'Scott' } },
    ]);
    expect(result.failedKeys).toEqual([
      { key: 'missing', error: { code: 'KEY_NOT_FOUND', message: 'Key does not exist' } },
    ]);
  });

  it('deletes plain keys and entity values', async () => {
    const result = await kvs.batchDelete([{ key: 'a' }, { key: 'e1', entityName: 'employee' }]);
    expect(result).toEqual({
      successfulKeys: [{ key: 'a' }, { key: 'e1', entityName: 'employee' }],
      failedKeys: [],
    });
    expect(installed.emulator.dump()).toEqual({ kv: {}, secrets: {}, entities: {} });
  });
});
