import { kvs, MetadataField } from '@forge/kvs';
import { installKvs, kvsError, type InstalledKvs } from './install-kvs';

let installed: InstalledKvs;
beforeEach(() => (installed = installKvs()));
afterEach(() => installed.uninstall());

describe('KVS get / set / delete through @forge/kvs', () => {
  it.each([['a string'], [42], [true], [[1, 'two', { three: 3 }]], [{ nested: { list: [1, 2] }, n: null }]])(
    'round-trips %j',
    async (value) => {
      await kvs.set('round:trip', value);
      expect(await kvs.get('round:trip')).toEqual(value);
    },
  );

  it('answers undefined for a key that was never set', async () => {
    expect(await kvs.get('missing')).toBeUndefined();
  });

  it('deletes a key, and deleting a missing key succeeds', async () => {
    await kvs.set('doomed', 1);
    await kvs.delete('doomed');
    expect(await kvs.get('doomed')).toBeUndefined();
    await expect(kvs.delete('never-there')).resolves.toBeUndefined();
  });

  it('returns metadata fields when asked: createdAt stays, updatedAt moves', async () => {
    await kvs.set('meta', 'v1');
    const created = installed.clock.now;
    installed.clock.now += 5000;
    await kvs.set('meta', 'v2');
    const all = [MetadataField.CREATED_AT, MetadataField.UPDATED_AT, MetadataField.EXPIRE_TIME];
    expect(await kvs.get('meta', { metadataFields: all })).toEqual({
      key: 'meta',
      value: 'v2',
      createdAt: created,
      updatedAt: created + 5000,
    });
  });

  it('expires a value after its TTL and reports expireTime', async () => {
    await kvs.set('session', 'abc', { ttl: { value: 2, unit: 'MINUTES' } });
    const expected = new Date(installed.clock.now + 120_000).toISOString();
    expect(await kvs.get('session', { metadataFields: [MetadataField.EXPIRE_TIME] })).toEqual({
      key: 'session',
      value: 'abc',
      expireTime: expected,
    });
    installed.clock.now += 120_001;
    expect(await kvs.get('session')).toBeUndefined();
    expect(installed.emulator.dump().kv).toEqual({});
  });
});

describe('keyPolicy and returnValue', () => {
  it('FAIL_IF_EXISTS writes a new key and refuses an existing one with KEY_CONFLICT', async () => {
    await kvs.set('lock', 'first', { keyPolicy: 'FAIL_IF_EXISTS' });
    const error = await kvsError(kvs.set('lock', 'second', { keyPolicy: 'FAIL_IF_EXISTS' }));
    expect(error.code).toBe('KEY_CONFLICT');
    expect(error.responseDetails.status).toBe(409);
    expect(await kvs.get('lock')).toBe('first');
  });

  it('FAIL_IF_EXISTS succeeds again once the existing value has expired', async () => {
    await kvs.set('lease', 'a', { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: 1, unit: 'SECONDS' } });
    installed.clock.now += 1001;
    await kvs.set('lease', 'b', { keyPolicy: 'FAIL_IF_EXISTS' });
    expect(await kvs.get('lease')).toBe('b');
  });

  it('OVERRIDE with returnValue PREVIOUS returns the old value, or undefined for a new key', async () => {
    expect(await kvs.set('counter', 1, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toBeUndefined();
    expect(await kvs.set('counter', 2, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toEqual({
      key: 'counter',
      value: 1,
    });
  });

  it('OVERRIDE with returnValue LATEST returns the new value with requested metadata', async () => {
    const result = await kvs.set('counter', 7, {
      keyPolicy: 'OVERRIDE',
      returnValue: 'LATEST',
      returnMetadataFields: [MetadataField.UPDATED_AT],
    });
    expect(result).toEqual({ key: 'counter', value: 7, updatedAt: installed.clock.now });
  });
});

describe('secrets', () => {
  it('round-trips, deletes, and stays apart from plain keys and queries', async () => {
    await kvs.setSecret('api-token', { token: 's3cr3t' });
    expect(await kvs.getSecret('api-token')).toEqual({ token: 's3cr3t' });
    expect(await kvs.get('api-token')).toBeUndefined();
    expect((await kvs.query().getMany()).results).toEqual([]);
    expect(installed.emulator.dump().secrets['api-token']?.value).toEqual({ token: 's3cr3t' });
    await kvs.deleteSecret('api-token');
    expect(await kvs.getSecret('api-token')).toBeUndefined();
  });

  it('applies the same key limits as plain keys', async () => {
    expect((await kvsError(kvs.setSecret('bad/key', 1))).code).toBe('INVALID_KEY');
  });
});
