import type { Frame, Route } from 'playwright-core';
import { DEMO_USERS } from '../../local/demo';
import type { Backup } from '../../src/contract';
import { startApp, type RunningApp } from './support/app';
import { frameNamed } from './support/axe';
import { appFrame, open, see, seeNoMore } from './support/host';

// Issue 10: a backup is imported by dropping its file on the settings page (or choosing it with the
// keyboard), with its name and size shown, the upload's and the import job's progress, to done.
jest.setTimeout(120_000);

const TITLE = 'Market layer settings';
let app: RunningApp;
beforeAll(async () => {
  // Job steps are delivered by the test, so the job's progress is seen before it is done.
  app = await startApp({ seedDemo: true, jobPump: false });
});
afterAll(async () => {
  await app?.stop();
});

const asLead = { accountId: DEMO_USERS.portfolioLead, extension: { type: 'jira:adminPage' } };

/** Drops a file on the drop zone as the desktop would: dragenter, dragover, drop, one DataTransfer. */
async function dropFile(frame: Frame, name: string, text: string): Promise<void> {
  const transfer = await frame.evaluateHandle(
    ({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'application/json' }));
      return dt;
    },
    { name, text },
  );
  const zone = frame.getByRole('group', { name: 'Backup file to import' });
  for (const type of ['dragenter', 'dragover', 'drop'])
    await zone.dispatchEvent(type, { dataTransfer: transfer });
}

test('a dropped backup shows its name and size, uploads, and the import job’s progress runs to done', async () => {
  const exported = (await app.runtime.invoke('settings', 'admin.export', {}, asLead)) as {
    ok: true;
    data: Backup;
  };
  const text = JSON.stringify(exported.data);
  await open(app.page, app.url, '/jira/settings/apps/market-layer');
  const settings = appFrame(app.page, TITLE);
  await see(settings.getByRole('heading', { name: TITLE }));
  // Work the demo queued (counting each product's open epics) finishes first: an import waits for it.
  await app.runtime.deliverJobs({ fastForward: true });

  await dropFile(await frameNamed(app.page, TITLE), 'market-layer-backup.json', text);
  await see(settings.getByText(`market-layer-backup.json · ${(text.length / 1024).toFixed(1)} KB`));
  await see(settings.getByRole('heading', { name: 'Replace all Market Layer data?' }));
  await settings.getByRole('button', { name: 'Replace everything' }).click();

  // The upload is done and the job waits for its steps: its bar shows where it is.
  const job = settings.getByRole('progressbar', { name: /^Importing a backup exported / });
  await see(job);
  await see(settings.getByText(/^Importing a backup exported \d{4}-\d{2}-\d{2}/));
  await app.runtime.deliverJobs({ fastForward: true });
  await see(settings.getByText(/^Importing a backup exported \d{4}-\d{2}-\d{2}: done$/));
  await seeNoMore(settings.getByRole('progressbar'));
  expect(app.consoleErrors).toEqual([]);
});

test('the upload shows its parts, stops between two, and resumes sending only the rest', async () => {
  const exported = (await app.runtime.invoke('settings', 'admin.export', {}, asLead)) as {
    ok: true;
    data: Backup;
  };
  const text = JSON.stringify(exported.data);
  // The second part is held on its way to the backend until the test lets it go.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const sent: number[] = [];
  const hold = async (route: Route) => {
    const body = route.request().postDataJSON() as { key: string; payload: { chunk?: number } };
    if (body.key === 'admin.importChunk') {
      sent.push(body.payload.chunk!);
      if (body.payload.chunk === 1) await held;
    }
    await route.continue();
  };
  await app.page.route('**/__forge/invoke', hold);
  await open(app.page, app.url, '/jira/settings/apps/market-layer');
  const settings = appFrame(app.page, TITLE);
  await see(settings.getByRole('heading', { name: TITLE }));
  await app.runtime.deliverJobs({ fastForward: true });

  await dropFile(await frameNamed(app.page, TITLE), 'market-layer-backup.json', text);
  await settings.getByRole('button', { name: 'Replace everything' }).click();
  // One section a part: markets, priorities, solutions, contributions, products.
  await see(settings.getByRole('progressbar', { name: 'Uploading the backup: 1 of 5 parts' }));
  await see(settings.getByText('Uploading market-layer-backup.json: 1 of 5 parts. Keep this page open.'));
  await settings.getByRole('button', { name: 'Stop upload' }).click();
  release();
  await see(
    settings.getByText(
      /^Upload of market-layer-backup\.json stopped after 2 of 5 parts\. Nothing was replaced/,
    ),
  );
  expect(sent).toEqual([0, 1]);
  const stored = await app.runtime.invoke('settings', 'admin.importStatus', {}, asLead);
  expect(stored).toMatchObject({ ok: true, data: { received: [0, 1] } });

  await settings.getByRole('button', { name: 'Resume upload' }).click();
  await see(settings.getByText(/^Importing a backup exported \d{4}-\d{2}-\d{2}/));
  expect(sent).toEqual([0, 1, 2, 3, 4]);
  await app.runtime.deliverJobs({ fastForward: true });
  await see(settings.getByText(/^Importing a backup exported \d{4}-\d{2}-\d{2}: done$/));
  await app.page.unroute('**/__forge/invoke', hold);
  expect(app.consoleErrors).toEqual([]);
});

test('the file button is the keyboard’s way in; a file that is not a backup is refused, naming the field', async () => {
  await open(app.page, app.url, '/jira/settings/apps/market-layer');
  const settings = appFrame(app.page, TITLE);
  const button = settings.getByRole('button', { name: 'Choose backup file…' });
  await see(button);
  const chooser = app.page.waitForEvent('filechooser');
  await button.focus();
  await button.press('Enter');
  await (
    await chooser
  ).setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":2}') });
  await see(settings.getByText('notes.json · 12 bytes'));
  await see(settings.getByText('This file is not a Market Layer backup this version can import.'));
  await see(settings.getByText(/^backup\.format: /));

  // Dropped, the same refusal.
  await dropFile(await frameNamed(app.page, TITLE), 'other.json', '[]');
  await see(settings.getByText('other.json · 2 bytes'));
  await see(settings.getByText('This file is not a Market Layer backup this version can import.'));
  expect(app.consoleErrors).toEqual([]);
});
