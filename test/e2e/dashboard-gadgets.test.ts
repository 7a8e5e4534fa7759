import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from './support/app';
import { actAs, appFrame, choose, frameColorMode, frameText, open, see, seeNoMore } from './support/host';

// Issue 11: the app's gadgets on a Jira dashboard (the host's), in both themes, with the edit mode
// picking a market (saved as Jira saves a gadget's configuration); issue 12's investment gadget too.
jest.setTimeout(90_000);

let app: RunningApp;
beforeAll(async () => {
  app = await startApp({ seedDemo: true });
});
afterAll(async () => {
  await app?.stop();
});

const DASHBOARD = '/jira/dashboards/10000';
// The README's pictures of the dashboard, refreshed only on request (as test/e2e/screenshots does).
const SHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(__dirname, '../../docs/screenshots')
  : mkdtempSync(join(tmpdir(), 'market-layer-dashboard-'));

test.each(['light', 'dark'] as const)(
  'the three gadgets render on the dashboard (%s theme)',
  async (theme) => {
    await open(app.page, app.url, DASHBOARD);
    if (theme === 'dark') await app.page.getByRole('button', { name: 'Dark theme' }).click();
    const readiness = appFrame(app.page, 'Solution readiness gadget');
    const balance = appFrame(app.page, 'Product balance gadget');
    const investment = appFrame(app.page, 'Investment by market gadget');

    const solutions = readiness.getByRole('list', { name: 'Solutions by readiness' }).getByRole('listitem');
    await see(solutions.first());
    await see(readiness.getByText('Continuous close'));
    await see(readiness.getByText(/^Weakest \d+% \(BILL\) · average \d+%$/).first());
    await see(readiness.getByText(/^All markets · \d+ live solutions$/));

    const products = balance.getByRole('list', { name: 'Products by growth share' }).getByRole('listitem');
    await see(products.first());
    await see(balance.getByText(/^All markets · target 60% of open epics on solutions$/));
    for (const line of await products.allInnerTexts())
      expect(line).toMatch(/\d+ of \d+ open epics on solutions \(\d+%\) · \d+ incremental/);

    const markets = investment.getByRole('list', { name: 'Markets by investment gap' }).getByRole('listitem');
    await see(markets.first());
    await see(investment.getByText('All markets · measured in open epics'));
    for (const line of await markets.allInnerTexts())
      expect(line).toMatch(/Investment \d+% \(\d+(\.\d)? open epics?\) · strategy \d+%/);

    for (const frame of [readiness, balance, investment]) expect(await frameColorMode(frame)).toBe(theme);
    await app.page.screenshot({ path: join(SHOTS, `dashboard-${theme}.png`), fullPage: true });
    expect(app.consoleErrors).toEqual([]);
    expect(app.cspViolations()).toEqual([]);
    if (theme === 'dark') await app.page.getByRole('button', { name: 'Light theme' }).click();
  },
);

test('the edit mode picks a market; the gadget shows only its solutions, and keeps it on reload', async () => {
  await open(app.page, app.url, DASHBOARD);
  const readiness = appFrame(app.page, 'Solution readiness gadget');
  await see(readiness.getByText('Sovereign cloud'));

  await app.page.getByRole('button', { name: 'Edit Solution readiness' }).click();
  const settings = appFrame(app.page, 'Solution readiness settings');
  await choose(settings, 'Market', 'Mid-market financial services');
  await app.page.screenshot({ path: join(SHOTS, 'dashboard-edit-light.png'), fullPage: true });
  await settings.getByRole('button', { name: 'Save' }).click();

  await see(readiness.getByText(/^Mid-market financial services · \d+ live solutions?$/));
  await see(readiness.getByText('Continuous close'));
  // Sovereign cloud serves the public sector only: not this market's.
  expect(await frameText(readiness)).not.toContain('Sovereign cloud');

  // Jira keeps the configuration with the gadget: a reload (or another viewer) sees the same.
  await app.page.reload();
  await actAs(app.page, 'Vic');
  await see(readiness.getByText(/^Mid-market financial services · /));
  expect(await frameText(readiness)).not.toContain('Sovereign cloud');

  // Back to all markets, so the other tests see the dashboard as it started.
  await app.page.getByRole('button', { name: 'Edit Solution readiness' }).click();
  await choose(settings, 'Market', 'All markets');
  await settings.getByRole('button', { name: 'Save' }).click();
  await see(readiness.getByText(/^All markets · /));
  expect(app.consoleErrors).toEqual([]);
});

test('the balance and investment gadgets narrow to the market picked', async () => {
  await open(app.page, app.url, DASHBOARD);
  await app.page.getByRole('button', { name: 'Edit Investment by market' }).click();
  const investmentSettings = appFrame(app.page, 'Investment by market settings');
  await choose(investmentSettings, 'Market', 'Public sector agencies');
  await investmentSettings.getByRole('button', { name: 'Save' }).click();
  const investment = appFrame(app.page, 'Investment by market gadget');
  const markets = investment.getByRole('list', { name: 'Markets by investment gap' }).getByRole('listitem');
  await see(investment.getByText(/^Public sector agencies · measured in open epics$/));
  expect(await markets.count()).toBe(1);

  await app.page.getByRole('button', { name: 'Edit Product balance' }).click();
  const balanceSettings = appFrame(app.page, 'Product balance settings');
  await choose(balanceSettings, 'Market', 'Public sector agencies');
  await balanceSettings.getByRole('button', { name: 'Save' }).click();
  const balance = appFrame(app.page, 'Product balance gadget');
  await see(balance.getByText(/^Public sector agencies · target/));
  // The products contributing to Sovereign cloud and Audit-ready access, the public sector's solutions.
  const products = balance.getByRole('list', { name: 'Products by growth share' }).getByRole('listitem');
  await see(products.first());
  const names = (await products.allInnerTexts()).map((line) => line.split('\n')[0]);
  expect(names).toEqual(['Analytics (ANLY)', 'Platform (PLAT)']);
  expect(app.consoleErrors).toEqual([]);
});

test('a viewer who cannot browse Mobile sees it counted in readiness, never named', async () => {
  await open(app.page, app.url, DASHBOARD);
  await actAs(app.page, 'Eli');
  const readiness = appFrame(app.page, 'Solution readiness gadget');
  await see(readiness.getByText(/^1 product you cannot view \(counted, not named\)$/).first());
  const balance = appFrame(app.page, 'Product balance gadget');
  await see(balance.getByRole('list', { name: 'Products by growth share' }).getByRole('listitem').first());
  for (const frame of [readiness, balance]) {
    const text = await frameText(frame);
    expect(text).not.toContain('MOB');
    expect(text).not.toContain('Mobile');
  }
  await actAs(app.page, 'Avery');
});

test('the epic panel and the context line are on epics only', async () => {
  await open(app.page, app.url, '/browse/BILL-19');
  await see(appFrame(app.page, 'Solutions for this epic').getByRole('heading', { name: 'Continuous close' }));
  const context = appFrame(app.page, 'Market layer context');
  await see(context.getByText('Serves: Continuous close · Mid-market financial services'));

  // BILL-20 is a bug under that epic: Jira's display conditions leave both modules off.
  await open(app.page, app.url, '/browse/BILL-20');
  await see(app.page.getByRole('heading', { name: /^BILL-20 / }));
  await seeNoMore(app.page.locator('iframe.frame'));
  expect(await app.page.locator('iframe.frame').count()).toBe(0);
  expect(await app.page.getByRole('region', { name: 'Solutions for this epic' }).count()).toBe(0);
  expect(app.consoleErrors).toEqual([]);
});
