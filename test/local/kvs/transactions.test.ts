import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { CONDITION_FAILED_CODE } from '../../../local/kvs';
import { installKvs, kvsError, type InstalledKvs } from './install-kvs';
import type { Employee } from './entities';

// https://developer.atlassian.com/platform/forge/storage-reference/transactions
// https://developer.atlassian.com/platform/forge/storage-reference/transactions-entities
let installed: InstalledKvs;
const employee = { entityName: 'employee' };
beforeEach(async () => {
  installed = installKvs();
  await kvs.set('counter', 1);
  await kvs.entity<Employee>('employee').set('e1', { surname: 'Scott', age: 30 });
  await kvs.entity<Employee>('employee').set('e3', { surname: 'Bates', age: 30 });
});
afterEach(() => installed.uninstall());

const surnameIs = (surname: string) =>
  new Filter<Employee>().and('surname', FilterConditions.equalTo(surname));

describe('kvs.transact()', () => {
  it('commits plain sets and deletes together', async () => {
    await kvs
      .transact()
      .set('a', 'A')
      .set('b', 'B', undefined, { ttl: { value: 1, unit: 'HOURS' } })
      .delete('counter')
      .execute();
    expect(await kvs.get('a')).toBe('A');
    expect(await kvs.get('b')).toBe('B');
    expect(await kvs.get('counter')).toBeUndefined();
  });

  it('commits entity writes whose conditions hold', async () => {
    await kvs
      .transact()
      .set<Employee>('e1', { surname: 'Scott', age: 31 }, { ...employee, conditions: surnameIs('Scott') })
      .set<Employee>('e2', { surname: 'Davis' }, employee)
      .check('e3', {
        ...employee,
        conditions: new Filter<Employee>().and('age', FilterConditions.equalTo(30)),
      })
      .execute();
    expect(installed.emulator.dump().entities.employee).toMatchObject({
      e1: { value: { surname: 'Scott', age: 31 } },
      e2: { value: { surname: 'Davis' } },
    });
  });

  it.each([
    [
      'a set whose condition fails',
      () =>
        kvs
          .transact()
          .set<Employee>('e1', { surname: 'X' }, { ...employee, conditions: surnameIs('Nobody') }),
    ],
    [
      'a delete whose condition fails',
      () => kvs.transact().delete('e1', { ...employee, conditions: surnameIs('Nobody') }),
    ],
    ['a failing check', () => kvs.transact().check('e1', { ...employee, conditions: surnameIs('Nobody') })],
    [
      'a check on a missing key',
      () =>
        kvs.transact().check('ghost', {
          ...employee,
          conditions: new Filter<Employee>().and('age', FilterConditions.notExists()),
        }),
    ],
  ])('writes nothing when %s', async (_label, start) => {
    const before = installed.emulator.dump();
    const transaction = start().set('new-key', 'written?').delete('counter');
    const error = await kvsError(transaction.execute());
    expect(error.code).toBe(CONDITION_FAILED_CODE);
    expect(error.responseDetails.status).toBe(409);
    expect(installed.emulator.dump()).toEqual(before);
  });

  it('lets a condition create a value only when it does not exist yet', async () => {
    const onlyIfNew = new Filter<Employee>().and('surname', FilterConditions.notExists());
    await kvs
      .transact()
      .set<Employee>('e9', { surname: 'New' }, { ...employee, conditions: onlyIfNew })
      .execute();
    expect(
      (
        await kvsError(
          kvs
            .transact()
            .set<Employee>('e9', { surname: 'Again' }, { ...employee, conditions: onlyIfNew })
            .execute(),
        )
      ).code,
    ).toBe(CONDITION_FAILED_CODE);
    expect(await kvs.entity('employee').get('e9')).toEqual({ surname: 'New' });
  });
});

describe('transaction limits', () => {
  it('accepts 25 operations and rejects 26 without writing', async () => {
    const build = (n: number) =>
      Array.from({ length: n }, (_, i) => i).reduce((tx, i) => tx.set(`k${i}`, i), kvs.transact());
    await build(25).execute();
    await kvs.delete('k0');
    const before = installed.emulator.dump();
    expect((await kvsError(build(26).execute())).code).toBe('BAD_REQUEST');
    expect(installed.emulator.dump()).toEqual(before);
  });

  it('rejects the same key twice', async () => {
    expect((await kvsError(kvs.transact().set('a', 1).delete('a').execute())).code).toBe('BAD_REQUEST');
  });

  it('rejects a payload over 4MB', async () => {
    const chunk = 'x'.repeat(200 * 1024);
    const tx = Array.from({ length: 21 }, (_, i) => i).reduce(
      (t, i) => t.set(`big${i}`, chunk),
      kvs.transact(),
    );
    expect((await kvsError(tx.execute())).code).toBe('BAD_REQUEST');
    expect(await kvs.get('big0')).toBeUndefined();
  });

  it('validates every value before writing any', async () => {
    const before = installed.emulator.dump();
    const error = await kvsError(
      kvs.transact().set('ok', 1).set<unknown>('e5', { age: 'old' }, employee).execute(),
    );
    expect(error.code).toBe('INVALID_ENTITY_VALUE');
    expect(installed.emulator.dump()).toEqual(before);
  });
});
