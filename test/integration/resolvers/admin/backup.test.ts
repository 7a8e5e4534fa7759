import type { Backup } from '../../../../src/contract';
import { startApp } from '../../../support/app';
import { epicsOf, projectByKey } from '../../../support/site';
import { err, ok, seeded, storedAudit, type Seeded } from '../mutations/seed';
import { DEMO_USERS } from '../../../../local/demo';

let s: Seeded;
beforeEach(async () => {
  s = await seeded();
  await s.lead('product.update', {
    projectId: projectByKey(s.app.rt, 'BILL').id,
    // Version 1: linking the seeded BILL epic created the product record.
    version: 1,
    changes: { displayName: 'Billing Cloud' },
  });
  await s.lead('settings.update', { version: null, changes: { balanceTarget: 0.4 } });
});
afterEach(() => s.app.close());

const EMPTY: Backup = {
  format: 1,
  exportedAt: '2026-03-02T10:00:00.000Z',
  settings: null,
  markets: [],
  priorities: [],
  solutions: [],
  contributions: [],
  products: [],
};
const withoutTime = ({ exportedAt: _exportedAt, ...rest }: Backup) => rest;

describe('backup', () => {
  test('export holds every record in the versioned format', async () => {
    const backup = await s.lead('admin.export', {});
    expect(backup).toMatchObject({ format: 1, settings: { balanceTarget: 0.4, version: 1 } });
    expect(
      [backup.markets, backup.priorities, backup.solutions, backup.contributions, backup.products].map(
        (l) => l.length,
      ),
    ).toEqual([1, 1, 1, 1, 1]);
    expect(backup.contributions[0]).toEqual(s.contribution);
  });

  test('round trip: export, wipe, import, export again gives the same records', async () => {
    const first = await s.lead('admin.export', {});
    expect(await s.lead('admin.import', { backup: EMPTY })).toEqual({
      markets: 0,
      priorities: 0,
      solutions: 0,
      contributions: 0,
      products: 0,
    });
    expect(withoutTime(await s.lead('admin.export', {}))).toEqual(withoutTime(EMPTY));
    expect(await s.lead('admin.import', { backup: first })).toEqual({
      markets: 1,
      priorities: 1,
      solutions: 1,
      contributions: 1,
      products: 1,
    });
    expect(withoutTime(await s.lead('admin.export', {}))).toEqual(withoutTime(first));
    // The import itself is on the record, as the person who ran it.
    expect(
      storedAudit(s.app, 'settings', 'settings').some(
        (e) => e.action === 'import' && e.accountId === DEMO_USERS.portfolioLead,
      ),
    ).toBe(true);
  });

  test('a backup moves to another installation unchanged, and its records stay editable there', async () => {
    const backup = await s.lead('admin.export', {});
    const other = startApp();
    try {
      ok(await other.callAs('portfolioLead', 'settings', 'admin.import', { backup }));
      const again = ok(await other.callAs('portfolioLead', 'settings', 'admin.export', {}));
      expect(withoutTime(again)).toEqual(withoutTime(backup));
      const edited = ok(
        await other.callAs('portfolioLead', 'portfolio', 'market.update', {
          id: s.market.id,
          version: 1,
          changes: { strategicWeight: 1 },
        }),
      );
      expect(edited.version).toBe(2);
    } finally {
      other.close();
    }
  });

  test('an inconsistent backup is refused before anything is written, naming every problem', async () => {
    const backup = await s.lead('admin.export', {});
    const before = s.app.rt.kvs.dump();
    const broken = {
      ...backup,
      solutions: [{ ...backup.solutions[0], priorityIds: ['pri_notinbackup'] }],
      contributions: [backup.contributions[0], { ...backup.contributions[0], id: 'con_duplicate01' }],
    };
    const error = err(await s.call('portfolioLead', 'admin.import', { backup: broken }));
    expect(error.code).toBe('VALIDATION');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual([
      'backup.contributions.1.epicId',
      'backup.solutions.0.priorityIds',
    ]);
    expect(s.app.rt.kvs.dump()).toEqual(before);
  });

  test('a backup of another format is refused next to the format field', async () => {
    const backup = { ...(await s.lead('admin.export', {})), format: 2 };
    const error = err(await s.app.callRaw('portfolioLead', 'settings', 'admin.import', { backup }));
    expect(error).toMatchObject({
      code: 'VALIDATION',
      fields: { 'backup.format': 'Only backup format 1 can be imported' },
    });
  });

  test.each(['viewer', 'productManager', 'engineeringLead'] as const)(
    'the %s may not export or import',
    async (user) => {
      const backup = await s.lead('admin.export', {});
      const before = s.app.rt.kvs.dump();
      expect(err(await s.app.callAs(user, 'settings', 'admin.export', {})).code).toBe('FORBIDDEN');
      expect(err(await s.app.callAs(user, 'settings', 'admin.import', { backup: EMPTY })).code).toBe(
        'FORBIDDEN',
      );
      expect(err(await s.app.callAs(user, 'settings', 'admin.import', { backup })).code).toBe('FORBIDDEN');
      expect(s.app.rt.kvs.dump()).toEqual(before);
    },
  );
});

describe('issue 9: a backup is complete, so only someone who can browse every project it names gets it', () => {
  async function eliAsExtraEditorWithMobLinked() {
    const mob = epicsOf(s.app.rt, 'MOB')[0];
    await s.lead('contribution.link', {
      solutionId: s.solution.id,
      issue: mob.key,
      note: 'Mobile approvals',
    });
    const settings = await s.lead('admin.get', {});
    await s.lead('settings.update', {
      version: settings.settings.version,
      changes: { extraEditorAccountIds: [DEMO_USERS.engineeringLead] },
    });
    return mob;
  }

  test('eli, an extra editor who cannot browse MOB, is refused: told how many projects, never which', async () => {
    const mob = await eliAsExtraEditorWithMobLinked();
    const mobProject = projectByKey(s.app.rt, 'MOB');
    for (const key of ['admin.export', 'admin.exportPage'] as const) {
      const error = err(await s.app.callAs('engineeringLead', 'settings', key, {}));
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toContain('1 of the 2 projects');
      for (const hidden of ['MOB', mobProject.name, mob.key, mob.summary, 'Mobile approvals'])
        expect(JSON.stringify(error)).not.toContain(hidden);
    }
    // Nor by asking for a later page directly.
    const { next } = ok(await s.app.callAs('portfolioLead', 'settings', 'admin.exportPage', {}));
    expect(next).toBeNull();
    const cursor = Buffer.from(JSON.stringify([3, null, 0])).toString('base64url');
    expect(err(await s.app.callAs('engineeringLead', 'settings', 'admin.exportPage', { cursor })).code).toBe(
      'FORBIDDEN',
    );
  });

  test('the lead, who browses every project, gets all of it after one permission request', async () => {
    const mob = await eliAsExtraEditorWithMobLinked();
    let page: Awaited<ReturnType<typeof s.lead<'admin.exportPage'>>> | undefined;
    const requests = await s.app.jiraRequestsDuring(async () => {
      page = await s.lead('admin.exportPage', {});
    });
    expect(requests).toBe(1);
    expect(page!.backup.contributions.map((c) => c.epicKey)).toContain(mob.key);
    expect(page!.total).toBeGreaterThanOrEqual(7);
  });
});
