import { DEFAULT_SETTINGS } from '../../../src/contract';
import { NEVER_SAVED_VERSION } from '../../../src/store';
import { ALICE, BOB, failure, useWorld } from './fixtures';

const w = useWorld();

const plat = { projectId: '10001', projectKey: 'PLAT', projectName: 'Platform' };

describe('products', () => {
  test('are keyed by Jira project id: first saved with version null, then with the version read', async () => {
    expect(await w.store.products.get('10001')).toBeUndefined();
    const created = await w.store.products.save(
      { ...plat, version: null, changes: { displayName: 'Core platform' } },
      ALICE,
    );
    expect(created).toMatchObject({ ...plat, displayName: 'Core platform', productLine: '', version: 1 });
    const renamed = await w.store.products.save(
      { ...plat, projectKey: 'CORE', version: 1, changes: { productLine: 'Industrial IoT' } },
      BOB,
    );
    expect(renamed).toMatchObject({
      projectKey: 'CORE',
      displayName: 'Core platform',
      productLine: 'Industrial IoT',
      version: 2,
    });
    expect(await w.store.products.list()).toEqual([renamed]);
  });

  test('a second "first save" or a stale version is CONFLICT', async () => {
    await w.store.products.save({ ...plat, version: null, changes: {} }, ALICE);
    const before = w.rt.kvs.dump();
    expect(
      (await failure(w.store.products.save({ ...plat, version: null, changes: { displayName: 'X' } }, BOB)))
        .code,
    ).toBe('CONFLICT');
    expect(
      (await failure(w.store.products.save({ ...plat, version: 5, changes: { displayName: 'X' } }, BOB)))
        .code,
    ).toBe('CONFLICT');
    expect(w.rt.kvs.dump()).toEqual(before);
  });

  test('can be deleted with their version', async () => {
    await w.store.products.save({ ...plat, version: null, changes: {} }, ALICE);
    expect((await w.store.products.list()).map((p) => p.projectId)).toEqual(['10001']);
    await w.store.products.delete('10001', 1, ALICE);
    expect(await w.store.products.list()).toEqual([]);
    expect((await w.store.listAudit('product', '10001'))[0]).toMatchObject({
      action: 'delete',
      accountId: ALICE,
    });
  });
});

describe('settings', () => {
  test('never saved, they read as the defaults at version 0', async () => {
    const s = await w.store.settings.get();
    expect(s).toMatchObject({ ...DEFAULT_SETTINGS, version: NEVER_SAVED_VERSION });
    expect((await w.store.readAll()).settings).toBeNull();
  });

  test('the first save starts at version 1; later saves need the version read', async () => {
    const first = await w.store.settings.update(null, { balanceTarget: 0.5 }, ALICE);
    expect(first).toMatchObject({
      balanceTarget: 0.5,
      epicIssueTypes: ['Epic'],
      version: 1,
      updatedBy: ALICE,
    });
    expect(await w.store.settings.get()).toEqual(first);
    expect((await failure(w.store.settings.update(0, { balanceTarget: 0.7 }, BOB))).code).toBe('CONFLICT');
    const second = await w.store.settings.update(1, { epicIssueTypes: ['Epic', 'Initiative'] }, BOB);
    expect(second).toMatchObject({
      balanceTarget: 0.5,
      epicIssueTypes: ['Epic', 'Initiative'],
      version: 2,
      createdAt: first.createdAt,
    });
    const [latest, earliest] = await w.store.listAudit('settings', 'settings');
    expect(latest.changes).toEqual({ epicIssueTypes: [['Epic'], ['Epic', 'Initiative']] });
    expect(earliest.changes).toEqual({ balanceTarget: [0.6, 0.5] });
  });

  test('bad values are VALIDATION with the field', async () => {
    const error = await failure(w.store.settings.update(null, { balanceTarget: 2 }, ALICE));
    expect(error).toMatchObject({
      code: 'VALIDATION',
      fields: { balanceTarget: 'Balance target must be between 0 and 1' },
    });
  });
});
