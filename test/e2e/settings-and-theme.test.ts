import { startApp, type RunningApp } from './support/app';
import { actAs, appFrame, descriptionOf, frameColorMode, open, see } from './support/host';
import { SURFACES } from './support/surfaces';

// The admin page and Jira's dark theme, on the demo portfolio a real site would have.
jest.setTimeout(60_000);

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ seedDemo: true });
});
afterAll(async () => {
  await app?.stop();
});

/** Relative luminance (0 black … 1 white) of a CSS `rgb()`/`rgba()` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

test('Avery opens the settings, meets an out-of-range balance target beside the field, and saves', async () => {
  await open(app.page, app.url, '/jira/settings/apps/market-layer');
  const settings = appFrame(app.page, 'Market layer settings');
  await see(settings.getByRole('heading', { name: 'Market layer settings' }));
  const target = settings.getByLabel('Balance target');
  await target.fill('150');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  const message = settings.getByText('Enter a percentage from 0 to 100');
  await see(message);
  // "Beside the field": the message is the input's description, read out with it.
  expect(await descriptionOf(target)).toContain('Enter a percentage from 0 to 100');

  await target.fill('50');
  // The target explained where it is set, with what it would do before it is saved.
  await see(
    settings.getByText(
      /^At 50%, \d+ of 6 products would fall below the target, \d+ on target and \d+ above it\.$/,
    ),
  );
  await settings.getByRole('button', { name: 'Save settings' }).click();
  // Jira's flag, drawn by the page over the frame.
  await see(app.page.getByRole('status').filter({ hasText: 'Settings saved' }));
  await open(app.page, app.url, '/jira/settings/apps/market-layer');
  expect(await appFrame(app.page, 'Market layer settings').getByLabel('Balance target').inputValue()).toBe(
    '50',
  );
  expect(app.consoleErrors).toEqual([]);
});

test('Avery refreshes every snapshot: the page follows the background job to its end', async () => {
  await open(app.page, app.url, '/jira/settings/apps/market-layer');
  const settings = appFrame(app.page, 'Market layer settings');
  await settings.getByRole('button', { name: 'Refresh epic snapshots now' }).click();
  const done = settings.getByText('Refreshing every linked epic from Jira: done');
  await see(done);
  await see(settings.getByText(/^\d+ linked epics refreshed · \d+ products counted$/));
  expect(app.consoleErrors).toEqual([]);
});

test('someone who is not a Jira administrator is not offered the settings', async () => {
  await actAs(app.page, 'Vic');
  await open(app.page, app.url, '/jira/settings/apps/market-layer');
  await see(app.page.getByText('Only Jira administrators can open the settings of apps.'));
  expect(await app.page.locator('iframe.frame').count()).toBe(0);
  await actAs(app.page, 'Avery');
  expect(app.consoleErrors).toEqual([]);
});

test('the dark theme reaches every surface: data-color-mode="dark" and a dark page', async () => {
  await open(app.page, app.url, SURFACES[0].path);
  await app.page.getByRole('button', { name: 'Dark theme' }).click();
  await see(app.page.getByRole('button', { name: 'Light theme', pressed: true }));
  for (const surface of SURFACES) {
    await open(app.page, app.url, surface.path);
    const frame = appFrame(app.page, surface.frameTitle);
    await see(frame.getByRole('heading', { name: surface.heading, exact: true }));
    expect(await frameColorMode(frame)).toBe('dark');
    const background = await frame.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
    expect(luminance(background)).toBeLessThan(0.2);
  }
  await app.page.getByRole('button', { name: 'Light theme' }).click();
  expect(await frameColorMode(appFrame(app.page, SURFACES[SURFACES.length - 1].frameTitle))).toBe('light');
  expect(app.consoleErrors).toEqual([]);
});
