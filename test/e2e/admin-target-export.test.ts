import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_USERS } from '../../local/demo';
import { backup as backupSchema, type Backup } from '../../src/contract';
import { startApp, type RunningApp } from './support/app';
import { appFrame, open, see } from './support/host';

// Issue 10, the admin's task without a dead end: change the balance target (seeing what it does
// before saving), save, export a backup (a download), and find the target where balance is read.
// The file is a valid backup that imports back to the same data.
jest.setTimeout(120_000);

const TITLE = 'Market layer settings';
let app: RunningApp;
beforeAll(async () => {
  app = await startApp({ seedDemo: true });
});
afterAll(async () => {
  await app?.stop();
});

const asLead = { accountId: DEMO_USERS.portfolioLead, extension: { type: 'jira:adminPage' } };
const withoutDate = ({ exportedAt: _at, ...rest }: Backup) => rest;

test('Avery lowers the target, sees how many products fall below it, saves, and exports a backup that carries it', async () => {
  await open(app.page, app.url, '/jira/settings/apps/market-layer');
  const settings = appFrame(app.page, TITLE);
  const belowIn = async (text: RegExp) => {
    const preview = settings.getByText(text);
    await see(preview);
    return Number(/, (\d+) of 6 products/.exec((await preview.textContent()) ?? '')?.[1]);
  };
  const before = await belowIn(/^At 60%, \d+ of 6 products would fall below the target/);
  expect(before).toBeGreaterThan(0);

  // The preview follows the field before anything is saved: a lower bar, fewer products under it.
  await settings.getByLabel('Balance target').fill('10');
  expect(await belowIn(/^At 10%, \d+ of 6 products would fall below the target/)).toBeLessThan(before);
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await see(app.page.getByRole('status').filter({ hasText: 'Settings saved' }));

  const download = app.page.waitForEvent('download');
  await settings.getByRole('button', { name: 'Export backup' }).click();
  const file = join(tmpdir(), `market-layer-e2e-target-${Date.now()}.json`);
  await (await download).saveAs(file);
  await see(settings.getByText(/^Backup ready: \d+ markets/));

  // A valid backup, by the same schema the import checks, carrying the saved target.
  const parsed = backupSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  expect(parsed.success).toBe(true);
  const exported = parsed.data!;
  expect(exported.settings?.balanceTarget).toBe(0.1);
  expect(exported.markets).toHaveLength(3);

  // It round-trips: imported back, the next export holds the same records and settings.
  const imported = await app.runtime.invoke('settings', 'admin.import', { backup: exported }, asLead);
  expect(imported).toMatchObject({
    ok: true,
    data: { markets: 3, contributions: exported.contributions.length },
  });
  await app.runtime.deliverJobs({ fastForward: true });
  const again = (await app.runtime.invoke('settings', 'admin.export', {}, asLead)) as {
    ok: true;
    data: Backup;
  };
  expect(withoutDate(again.data)).toEqual(withoutDate(exported));

  // Where balance is read, the new target is the line products are measured against.
  await open(app.page, app.url, '/jira/apps/market-layer');
  const overview = appFrame(app.page, 'Market layer portfolio');
  await see(overview.getByRole('region', { name: 'Growth against the target' }).getByText(/the 10% target$/));
  expect(app.consoleErrors).toEqual([]);
});
