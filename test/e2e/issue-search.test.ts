import { startApp, type RunningApp } from './support/app';
import { actAs, open, see } from './support/host';

// Issue 11: the host's Jira issue search ("Filters") answers JQL over the market layer as the
// user acting now, in light and dark.
jest.setTimeout(60_000);

let app: RunningApp;
beforeAll(async () => {
  app = await startApp({ seedDemo: true });
});
afterAll(async () => {
  await app?.stop();
});

function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

const rowKeys = () => app.page.locator('#search-results tbody tr td:nth-child(2)').allTextContents();

test('Eli searches a solution with the JQL box; the keyboard runs it and errors read as Jira’s', async () => {
  await open(app.page, app.url, '/issues');
  await actAs(app.page, 'Eli');
  await open(app.page, app.url, '/issues');
  await see(app.page.getByRole('heading', { name: 'Filters' }));
  await see(app.page.getByRole('link', { name: 'BILL-19' }));
  expect((await rowKeys()).sort()).toEqual(['ANLY-7', 'BILL-19', 'INT-18']);

  const box = app.page.getByRole('textbox', { name: 'JQL' });
  await box.fill('marketLayer.solution = "Continuous close" AND project = BILL');
  await box.press('Enter');
  await see(app.page.getByText('1 issues'));
  expect(await rowKeys()).toEqual(['BILL-19']);

  await box.fill('issue in marketLayerSolution("Nope")');
  await box.press('Enter');
  await see(app.page.getByRole('alert').getByText("Market Layer has no solution named 'Nope'."));
  expect(app.consoleErrors).toEqual([]);
});

test('the search page follows the dark theme', async () => {
  await open(app.page, app.url, '/issues');
  await see(app.page.getByRole('link', { name: 'BILL-19' }));
  const background = () =>
    app.page.evaluate(() => getComputedStyle(document.querySelector('textarea.jql')!).backgroundColor);
  const light = luminance(await background());
  await app.page.getByRole('button', { name: 'Dark theme' }).click();
  const dark = luminance(await background());
  expect(light).toBeGreaterThan(0.8);
  expect(dark).toBeLessThan(0.2);
  await app.page.getByRole('button', { name: 'Light theme' }).click();
});
