import type { FrameLocator } from 'playwright-core';
import { startApp, type RunningApp } from './support/app';
import { appFrame, choose, frameColorMode, open, see } from './support/host';
import { openTab } from './support/portfolio-page';

// Issue 12's third measure on the demo portfolio: the admin picks the site's "Story point
// estimate" field in the settings, the background refresh reads every linked epic's estimate, and
// the Investment tab's numbers change and name the measure, in both themes.
jest.setTimeout(120_000);

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ seedDemo: true });
});
afterAll(async () => {
  await app?.stop();
});

async function investmentIn(theme: 'light' | 'dark'): Promise<FrameLocator> {
  await open(app.page, app.url, '/jira/apps/market-layer');
  const button = app.page.getByRole('button', { name: theme === 'dark' ? 'Dark theme' : 'Light theme' });
  if (await button.isVisible()) await button.click();
  const frame = appFrame(app.page, 'Market layer portfolio');
  await see(frame.getByRole('tab', { name: 'Investment' }));
  // Jira re-themes the frame a moment after the switch: wait for it (a busy machine is slow).
  for (let i = 0; i < 50 && (await frameColorMode(frame)) !== theme; i++) await app.page.waitForTimeout(200);
  expect(await frameColorMode(frame)).toBe(theme);
  await openTab(frame, 'Investment');
  await see(frame.getByTestId('investment-measure'));
  return frame;
}

/** Each market's line as the list reads it out: "Name: … Investment 40% (…) · strategy …". */
async function marketLines(frame: FrameLocator): Promise<string[]> {
  const list = frame.getByRole('list', { name: 'Investment by market, largest gap first' });
  await see(list);
  return list
    .getByRole('listitem')
    .evaluateAll((items) => items.map((i) => i.getAttribute('aria-label') ?? ''));
}

test('the admin switches the measure to story points: the shares change and name the field', async () => {
  const before = await investmentIn('light');
  expect(await before.getByTestId('investment-measure').innerText()).toMatch(/^Measured in open epics/);
  const linesBefore = await marketLines(before);
  expect(linesBefore.join('\n')).toMatch(/open epics?\)/);

  await open(app.page, app.url, '/jira/settings/apps/market-layer');
  const settings = appFrame(app.page, 'Market layer settings');
  await see(settings.getByRole('heading', { name: 'Market layer settings' }));
  await choose(settings, 'Investment measure', 'Estimates from a Jira field (story points)');
  // The picker lists the site's number fields only: the date field "Start date" is not offered.
  const field = settings.getByLabel('Estimate field');
  await field.click();
  await see(settings.getByRole('option', { name: 'Story point estimate' }));
  expect(await settings.getByRole('option', { name: 'Start date' }).count()).toBe(0);
  await field.fill('Story point');
  await field.press('Enter');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await see(app.page.getByRole('status').filter({ hasText: 'Settings saved' }));
  // The new field is read into every snapshot by the full refresh: the page lists it with the
  // background work (opened again, as the admin would to follow it).
  await open(app.page, app.url, '/jira/settings/apps/market-layer');
  await see(
    appFrame(app.page, 'Market layer settings').getByText('Refreshing every linked epic from Jira: done'),
  );

  for (const theme of ['light', 'dark'] as const) {
    const after = await investmentIn(theme);
    expect(await after.getByTestId('investment-measure').innerText()).toMatch(
      /^Measured in estimates \(Story point estimate\) of live solutions .*: [\d.]+ estimate points in all/,
    );
    expect(await after.getByTestId('investment-unestimated').innerText()).toMatch(
      /^(\d+ of \d+ open epics (has|have) no estimate; they count 0\.|Every open epic has an estimate\.)$/,
    );
    const linesAfter = await marketLines(after);
    expect(linesAfter.join('\n')).toMatch(/estimate points?\)/);
    expect(linesAfter).not.toEqual(linesBefore);
  }
  expect(app.consoleErrors).toEqual([]);
});
