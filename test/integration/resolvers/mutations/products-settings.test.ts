import { DEMO_USERS } from '../../../../local/demo';
import { projectByKey } from '../../../support/site';
import { MARKET, err, seeded, type Seeded } from './seed';

let s: Seeded;
beforeEach(async () => {
  s = await seeded();
});
afterEach(() => s.app.close());

describe('product.update', () => {
  test('the first save of a project that contributes nothing yet creates the product; later saves need the version', async () => {
    // The seeded link made BILL a product already; Integrations has no epic linked.
    const integrations = projectByKey(s.app.rt, 'INT');
    const created = await s.lead('product.update', {
      projectId: integrations.id,
      version: null,
      changes: { displayName: 'Billing Cloud' },
    });
    expect(created).toMatchObject({
      projectId: integrations.id,
      projectKey: 'INT',
      projectName: integrations.name,
      displayName: 'Billing Cloud',
      productLine: '',
      version: 1,
    });
    const updated = await s.lead('product.update', {
      projectId: integrations.id,
      version: 1,
      changes: { productLine: 'Finance' },
    });
    expect(updated).toMatchObject({ displayName: 'Billing Cloud', productLine: 'Finance', version: 2 });
    const stale = err(
      await s.call('portfolioLead', 'product.update', {
        projectId: integrations.id,
        version: 1,
        changes: { productLine: 'Old' },
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    const twice = err(
      await s.call('portfolioLead', 'product.update', {
        projectId: integrations.id,
        version: null,
        changes: { productLine: 'Old' },
      }),
    );
    expect(twice.code).toBe('CONFLICT');
  });

  test('a project that does not exist is refused next to the project field', async () => {
    const error = err(
      await s.call('portfolioLead', 'product.update', {
        projectId: '99999',
        version: null,
        changes: { displayName: 'Ghost' },
      }),
    );
    expect(error).toMatchObject({
      code: 'VALIDATION',
      fields: { projectId: expect.stringContaining('does not exist') },
    });
  });

  test('without "Manage market layer" nobody names a product, not even someone who edits the project', async () => {
    const before = s.app.rt.kvs.dump();
    const bill = projectByKey(s.app.rt, 'BILL');
    const error = err(
      await s.call('productManager', 'product.update', {
        projectId: bill.id,
        version: null,
        changes: { displayName: 'Mine' },
      }),
    );
    expect(error.code).toBe('FORBIDDEN');
    expect(s.app.rt.kvs.dump()).toEqual(before);
  });
});

describe('settings.update', () => {
  test('the first save starts from the defaults; a later save keeps what it does not send', async () => {
    const first = await s.lead('settings.update', {
      version: null,
      changes: { balanceTarget: 0.5, extraEditorAccountIds: [DEMO_USERS.productManager] },
    });
    expect(first).toMatchObject({
      version: 1,
      balanceTarget: 0.5,
      epicIssueTypes: ['Epic'],
      extraEditorAccountIds: [DEMO_USERS.productManager],
    });
    const second = await s.lead('settings.update', {
      version: 1,
      changes: { layerWeights: { executive: 5, 'senior-manager': 2, user: 1 } },
    });
    expect(second).toMatchObject({
      version: 2,
      balanceTarget: 0.5,
      extraEditorAccountIds: [DEMO_USERS.productManager],
    });
    expect(
      err(await s.call('portfolioLead', 'settings.update', { version: 1, changes: { balanceTarget: 0.9 } }))
        .code,
    ).toBe('CONFLICT');
    expect(
      err(
        await s.call('portfolioLead', 'settings.update', { version: null, changes: { balanceTarget: 0.9 } }),
      ).code,
    ).toBe('CONFLICT');
  });

  test('a person listed as an extra editor may edit the market layer; others still may not', async () => {
    expect(err(await s.call('productManager', 'market.create', MARKET)).code).toBe('FORBIDDEN');
    await s.lead('settings.update', {
      version: null,
      changes: { extraEditorAccountIds: [DEMO_USERS.productManager] },
    });
    expect(await s.call('productManager', 'market.create', MARKET)).toMatchObject({ ok: true });
    expect(
      err(
        await s.call('viewer', 'settings.update', {
          version: 1,
          changes: { extraEditorAccountIds: [DEMO_USERS.viewer] },
        }),
      ).code,
    ).toBe('FORBIDDEN');
  });
});
