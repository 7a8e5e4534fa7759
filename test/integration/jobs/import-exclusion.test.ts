import type { Backup, JobStatus } from '../../../src/contract';
import { generateSite } from '../../../local/demo';
import { scaleBackup } from '../../../local/demo/scale-portfolio';
import { startApp, type TestApp } from '../../support/app';
import { fingerprintOf, refused, unwrap, upload } from '../../support/backup-transfer';
import { captureOperatorLogs } from '../../support/logs';
import { splitBackup } from '../../../src/contract';

/**
 * Issue 8: an import replaces the records a step at a time, so nothing else that rewrites many of
 * them runs beside it. A refresh, a recount or the daily reconcile waits for a running import (the
 * scheduled one skips the day, on record); an import waits for a refresh, reconcile, count or
 * cascading delete. Each refusal is a CONFLICT naming what runs; each leaves no job behind.
 */
jest.setTimeout(120_000);

const site = generateSite({ projects: 12, epicsPerProject: 40, childrenPerEpic: 0 });
const backup: Backup = scaleBackup(site, {
  markets: 3,
  priorities: 12,
  solutions: 20,
  productsPerSolution: [4, 6],
  epicsPerCell: 4,
});

let app: TestApp;
beforeEach(() => {
  app = startApp({ site });
});
afterEach(() => app.close());

const lead = (module: 'settings' | 'portfolio', key: string, payload: unknown) =>
  app.callAs('portfolioLead', module, key as never, payload as never);
const jobs = async () => unwrap(await app.callAs('viewer', 'portfolio', 'jobs.list', {})) as JobStatus[];
const running = async () => (await jobs()).filter((j) => j.state === 'running').map((j) => j.kind);

/** An import committed and not yet written: its job is running. */
async function importUnderWay(): Promise<JobStatus> {
  const { session } = await upload(app, backup, { maxBytes: 16 * 1024 });
  return unwrap(await lead('settings', 'admin.importCommit', { importId: session.id })) as JobStatus;
}

describe('while an import writes the market layer', () => {
  test('a full refresh is refused, naming the import and how far it is', async () => {
    const importing = await importUnderWay();
    const error = refused(await lead('settings', 'admin.refreshSnapshots', {}));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('A full refresh of every linked epic cannot start while an import');
    expect(error.message).toContain(`“${importing.label}”`);
    expect(error.message).toContain(`0 of ${importing.total} records`);
    expect(await running()).toEqual(['import']);
  });

  test('changing which issue types are epics (a recount of every product) is refused, and nothing is saved', async () => {
    await importUnderWay();
    const before = unwrap(await lead('settings', 'admin.get', {}));
    const error = refused(
      await lead('settings', 'settings.update', { version: null, changes: { epicIssueTypes: ['Story'] } }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('Changing which issue types are epics');
    expect(error.message).toContain('Importing a backup');
    expect(unwrap(await lead('settings', 'admin.get', {}))).toEqual(before);
    expect(await running()).toEqual(['import']);
  });

  test('choosing another estimate field (every linked epic read again) is refused, and nothing is saved', async () => {
    await importUnderWay();
    const before = unwrap(await lead('settings', 'admin.get', {}));
    const error = refused(
      await lead('settings', 'settings.update', {
        version: null,
        changes: { estimateFieldId: 'customfield_10016', estimateFieldName: 'Story point estimate' },
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('Changing the estimate field');
    expect(error.message).toContain('Importing a backup');
    expect(unwrap(await lead('settings', 'admin.get', {}))).toEqual(before);
    expect(await running()).toEqual(['import']);
  });

  test('the daily reconcile skips the day and says so in the background work list', async () => {
    await importUnderWay();
    const logs = captureOperatorLogs();
    await app.rt.schedule('daily-reconcile');
    const lines = logs.lines();
    logs.restore();
    expect(lines).toEqual([expect.stringMatching(/^Daily reconcile: Skipped: an import is writing/)]);
    const reconcile = (await jobs()).find((j) => j.kind === 'reconcile');
    expect(reconcile).toMatchObject({ state: 'done', done: 0, label: 'Daily reconcile' });
    expect(reconcile!.message).toMatch(
      /^Skipped: an import is writing the market layer, “Importing a backup/,
    );
    expect(await running()).toEqual(['import']);
    // Once the import is written, the refresh the first reconcile makes runs as usual.
    await app.rt.deliverJobs({ fastForward: true });
    await app.rt.schedule('daily-reconcile');
    expect(await running()).toEqual(['refresh']);
  });
});

describe('an import waits for other background work', () => {
  test('while a full refresh runs, beginning an import is refused, naming the refresh', async () => {
    unwrap(await lead('settings', 'admin.refreshSnapshots', {}));
    const { begin } = splitBackup(backup, fingerprintOf(backup));
    const error = refused(await lead('settings', 'admin.importBegin', begin));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain(
      'An import cannot start while background work is running: “Refreshing every linked epic from Jira”',
    );
    expect(await running()).toEqual(['refresh']);
  });

  test('a refresh started after the upload began holds back the commit too', async () => {
    const { session } = await upload(app, backup, { maxBytes: 16 * 1024 });
    unwrap(await lead('settings', 'admin.refreshSnapshots', {}));
    const error = refused(await lead('settings', 'admin.importCommit', { importId: session.id }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('“Refreshing every linked epic from Jira”');
    await app.rt.deliverJobs({ fastForward: true });
    // The upload is kept: committed once the refresh is over.
    const started = unwrap(
      await lead('settings', 'admin.importCommit', { importId: session.id }),
    ) as JobStatus;
    expect(started).toMatchObject({ kind: 'import', state: 'running' });
  });

  test('while a cascading delete runs, beginning an import is refused, naming the delete', async () => {
    unwrap(await lead('settings', 'admin.import', { backup }));
    await app.rt.deliverJobs({ fastForward: true });
    const links = (id: string) => backup.contributions.filter((c) => c.solutionId === id).length;
    const solution = [...backup.solutions].sort((a, b) => links(b.id) - links(a.id))[0];
    expect(links(solution.id)).toBeGreaterThan(20);
    const deleted = unwrap(
      await lead('portfolio', 'solution.delete', {
        id: solution.id,
        version: solution.version,
        cascade: true,
      }),
    ) as { job?: JobStatus };
    expect(deleted.job).toMatchObject({ kind: 'delete', state: 'running' });
    const { begin } = splitBackup(backup, 'another-file');
    const error = refused(await lead('settings', 'admin.importBegin', begin));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain(`“Deleting`);
    expect(error.message).toContain(solution.name);
    expect(await running()).toEqual(['delete']);
  });
});
