import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_USERS } from '../../local/demo';
import type { Backup } from '../../src/contract';
import { startApp, type RunningApp } from './support/app';
import { appFrame, open, see, seeNoMore } from './support/host';

// Issue 8: a backup leaves and comes back through the settings page, with progress, as a job.
jest.setTimeout(90_000);

let app: RunningApp;
beforeAll(async () => {
  app = await startApp({ seedDemo: true });
});
afterAll(async () => {
  await app?.stop();
});

const markets = async () =>
  (await app.runtime.invoke(
    'portfolio',
    'portfolio.get',
    {},
    {
      accountId: DEMO_USERS.portfolioLead,
      extension: { type: 'jira:globalPage' },
    },
  )) as { ok: true; data: { markets: { name: string }[] } };

test('Avery exports a backup, then imports it back: uploaded, written by a job, the extra market gone', async () => {
  await open(app.page, app.url, '/jira/settings/apps/market-layer');
  const settings = appFrame(app.page, 'Market layer settings');
  await see(settings.getByRole('heading', { name: 'Market layer settings' }));

  const download = app.page.waitForEvent('download');
  await settings.getByRole('button', { name: 'Export backup' }).click();
  const file = join(tmpdir(), `market-layer-e2e-backup-${Date.now()}.json`);
  await (await download).saveAs(file);
  await see(settings.getByText(/^Backup ready: \d+ markets/));
  const exported = JSON.parse(readFileSync(file, 'utf8')) as Backup;
  expect(exported.format).toBe(1);
  expect(exported.contributions.length).toBeGreaterThan(10);

  // Something changes after the export: the import replaces everything, so it goes again.
  const created = await app.runtime.invoke(
    'portfolio',
    'market.create',
    { name: 'Added after the export', strategicWeight: 3, status: 'explore' },
    { accountId: DEMO_USERS.portfolioLead, extension: { type: 'jira:globalPage' } },
  );
  expect((created as { ok: boolean }).ok).toBe(true);

  await settings.locator('input[type="file"]').setInputFiles(file);
  await see(settings.getByRole('heading', { name: 'Replace all Market Layer data?' }));
  await settings.getByRole('button', { name: 'Replace everything' }).click();
  await see(settings.getByText(/^Importing a backup exported \d{4}-\d{2}-\d{2}: done$/));
  const records =
    exported.markets.length +
    exported.priorities.length +
    exported.solutions.length +
    exported.contributions.length +
    exported.products.length;
  await see(settings.getByText(new RegExp(`^${records} records imported from a backup exported`)));
  await seeNoMore(settings.getByRole('progressbar'));

  const after = await markets();
  expect(after.data.markets.map((m) => m.name)).not.toContain('Added after the export');
  expect(after.data.markets).toHaveLength(exported.markets.length);
  expect(app.consoleErrors).toEqual([]);
});

test('a file that is not a backup is refused in the browser, naming the field', async () => {
  await open(app.page, app.url, '/jira/settings/apps/market-layer');
  const settings = appFrame(app.page, 'Market layer settings');
  const file = join(tmpdir(), `market-layer-e2e-bad-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify({ format: 2 }));
  await settings.locator('input[type="file"]').setInputFiles(file);
  await see(settings.getByText('This file is not a Market Layer backup this version can import.'));
  await see(settings.getByText(/^backup\.format: /));
  expect(app.consoleErrors).toEqual([]);
});
