import type { Backup } from '../../../../src/contract';
import { DEMO_FIELDS } from '../../../../local/demo';
import { startApp } from '../../../support/app';
import { ok, seeded, type Seeded } from '../mutations/seed';

/**
 * The estimate measure's settings (issue 12) and the estimates in the snapshots are part of a
 * backup; a backup written before they existed still imports, reading as "no field, no estimate".
 */
const POINTS = DEMO_FIELDS.storyPoints;
let s: Seeded;
beforeEach(async () => {
  s = await seeded();
  // The seeded BILL epic gets an estimate of its own, then the field is chosen (a refresh job reads it).
  s.app.rt.jira.updateIssue(s.contribution.epicId, { customFields: { [POINTS.id]: 5 } });
  await s.app.rt.deliverEvents();
  await s.lead('settings.update', {
    version: null,
    changes: { investmentMeasure: 'estimate', estimateFieldId: POINTS.id, estimateFieldName: POINTS.name },
  });
  await s.app.rt.deliverJobs();
});
afterEach(() => s.app.close());

const withoutTime = ({ exportedAt: _exportedAt, ...rest }: Backup) => rest;

/** What a backup of the release before looked like: no estimate settings, no snapshot estimates. */
function olderBackup(backup: Backup): unknown {
  const {
    estimateFieldId: _id,
    estimateFieldName: _name,
    investmentMeasure: _m,
    ...settings
  } = backup.settings!;
  return {
    ...backup,
    settings,
    contributions: backup.contributions.map(({ snapshot: { estimate: _e, ...snapshot }, ...c }) => ({
      ...c,
      snapshot,
    })),
  };
}

test('the estimate field and the snapshots’ estimates round-trip through a backup', async () => {
  const backup = await s.lead('admin.export', {});
  expect(backup.settings).toMatchObject({
    investmentMeasure: 'estimate',
    estimateFieldId: POINTS.id,
    estimateFieldName: 'Story point estimate',
  });
  expect(backup.contributions[0].snapshot.estimate).toBe(5);
  const other = startApp();
  try {
    ok(await other.callAs('portfolioLead', 'settings', 'admin.import', { backup }));
    const again = ok(await other.callAs('portfolioLead', 'settings', 'admin.export', {}));
    expect(withoutTime(again)).toEqual(withoutTime(backup));
    const investment = ok(await other.callAs('viewer', 'portfolio', 'portfolio.investment', {}));
    expect(investment).toMatchObject({ measure: 'estimate', estimateField: { id: POINTS.id }, total: 5 });
  } finally {
    other.close();
  }
});

test('an older backup without them imports: no field chosen, open epics measured, no estimates', async () => {
  const backup = await s.lead('admin.export', {});
  const other = startApp();
  try {
    ok(
      await other.callAs('portfolioLead', 'settings', 'admin.import', {
        backup: olderBackup(backup) as Backup,
      }),
    );
    const imported = ok(await other.callAs('portfolioLead', 'settings', 'admin.export', {}));
    expect(imported.settings).toMatchObject({
      investmentMeasure: 'open-epics',
      estimateFieldId: null,
      estimateFieldName: null,
    });
    expect(imported.contributions[0].snapshot.estimate).toBeNull();
  } finally {
    other.close();
  }
});
