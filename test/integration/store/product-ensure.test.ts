import { ALICE, BOB, useWorld } from './fixtures';

const w = useWorld();

const bill = { projectId: '10000', projectKey: 'BILL', projectName: 'Billing' };

describe('products.ensure (the first link of an epic in a project)', () => {
  test('creates an unnamed product the first time and returns it unchanged after', async () => {
    const created = await w.store.products.ensure(bill, ALICE);
    expect(created).toMatchObject({
      ...bill,
      displayName: '',
      productLine: '',
      version: 1,
      updatedBy: ALICE,
    });
    const named = await w.store.products.save(
      { ...bill, version: 1, changes: { displayName: 'Cloud billing' } },
      BOB,
    );
    expect(await w.store.products.ensure(bill, BOB)).toEqual(named);
    expect(await w.store.products.list()).toEqual([named]);
  });

  test('two first links at the same moment both succeed and leave one record', async () => {
    const [a, b] = await Promise.all([
      w.store.products.ensure(bill, ALICE),
      w.store.products.ensure(bill, BOB),
    ]);
    expect(a).toEqual(b);
    expect(await w.store.products.list()).toHaveLength(1);
  });
});
