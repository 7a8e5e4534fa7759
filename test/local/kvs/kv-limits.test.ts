import { kvs } from '@forge/kvs';
import { installKvs, kvsError, type InstalledKvs } from './install-kvs';

// Limits: https://developer.atlassian.com/platform/forge/limits-kvs-ce
// Codes: https://developer.atlassian.com/platform/forge/storage-reference/handling-errors-kvs
let installed: InstalledKvs;
beforeEach(() => (installed = installKvs()));
afterEach(() => installed.uninstall());

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = { child: value };
  return value;
}

describe('key limits', () => {
  it('accepts a 500-character key and every allowed character', async () => {
    await kvs.set('k'.repeat(500), 1);
    await kvs.set('a-Z_0.9:#with spaces', 2);
    expect(await kvs.get('a-Z_0.9:#with spaces')).toBe(2);
  });

  it.each([
    ['', 'KEY_TOO_SHORT'],
    ['k'.repeat(501), 'KEY_TOO_LONG'],
    ['market/1', 'INVALID_KEY'],
    ['émigré', 'INVALID_KEY'],
    ['   ', 'INVALID_KEY'],
  ])('rejects key %j with %s and writes nothing', async (key, code) => {
    const before = installed.emulator.dump();
    const error = await kvsError(kvs.set(key, 'value'));
    expect(error.code).toBe(code);
    expect(error.responseDetails.status).toBe(400);
    expect(installed.emulator.dump()).toEqual(before);
  });

  it('applies key limits to reads too', async () => {
    expect((await kvsError(kvs.get('k'.repeat(501)))).code).toBe('KEY_TOO_LONG');
  });
});

describe('value limits', () => {
  const overhead = JSON.stringify('').length;

  it('accepts a value of exactly 240 KiB and rejects one byte more with MAX_SIZE', async () => {
    await kvs.set('big', 'x'.repeat(240 * 1024 - overhead));
    const error = await kvsError(kvs.set('bigger', 'x'.repeat(240 * 1024 - overhead + 1)));
    expect(error.code).toBe('MAX_SIZE');
    expect(await kvs.get('bigger')).toBeUndefined();
  });

  it('counts size in UTF-8 bytes, not characters', async () => {
    expect((await kvsError(kvs.set('wide', 'é'.repeat(130 * 1024)))).code).toBe('MAX_SIZE');
  });

  it('accepts object depth 31 and rejects depth 32 with MAX_DEPTH', async () => {
    await kvs.set('deep', nested(31));
    expect(await kvs.get('deep')).toEqual(nested(31));
    expect((await kvsError(kvs.set('deeper', nested(32)))).code).toBe('MAX_DEPTH');
  });

  it('rejects an invalid TTL without writing', async () => {
    const error = await kvsError(kvs.set('ttl', 1, { ttl: { value: 0, unit: 'SECONDS' } }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(installed.emulator.dump().kv).toEqual({});
  });
});
