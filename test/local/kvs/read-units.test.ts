import { kvs } from '@forge/kvs';
import { installKvs, type InstalledKvs } from './install-kvs';

// Forge bills KVS reads in units: each item read costs its size in 10 KB units, at least one
// (https://developer.atlassian.com/platform/forge/platform-quotas-and-limits/). The emulator
// counts them, so tests can hold a view's storage cost to a budget.
let installed: InstalledKvs;
beforeEach(() => (installed = installKvs()));
afterEach(() => installed.uninstall());

const unitsDuring = async (run: () => Promise<unknown>) => {
  const before = installed.emulator.readUnits;
  await run();
  return installed.emulator.readUnits - before;
};

it('a small value costs one unit and a 25 KB value three', async () => {
  await kvs.set('small', 'x');
  await kvs.set('large', 'y'.repeat(25 * 1024));
  expect(await unitsDuring(() => kvs.get('small'))).toBe(1);
  expect(await unitsDuring(() => kvs.get('large'))).toBe(3);
});

it('a batch read counts each item found, and nothing for keys not found', async () => {
  await kvs.set('a', 1);
  await kvs.set('b', 'z'.repeat(15 * 1024));
  const units = await unitsDuring(() => kvs.batchGet([{ key: 'a' }, { key: 'b' }, { key: 'missing' }]));
  expect(units).toBe(1 + 2);
});

it('a query counts each result it returns', async () => {
  for (const key of ['q1', 'q2', 'q3']) await kvs.set(key, key);
  expect(await unitsDuring(() => kvs.query().limit(2).getMany())).toBe(2);
});

it('writes cost no read units', async () => {
  expect(await unitsDuring(() => kvs.set('w', 'v'.repeat(50 * 1024)))).toBe(0);
});
