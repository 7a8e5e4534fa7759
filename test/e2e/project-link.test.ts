import { startApp, type RunningApp } from './support/app';
import { actAs, appFrame, open, see, seeNoMore } from './support/host';

// The product manager's task on the project page: link an unlinked epic to a solution chosen by
// what it is for (market, priorities) and who delivers it with BILL (partner products by name).
jest.setTimeout(90_000);

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ seedDemo: true });
});
afterAll(async () => {
  await app?.stop();
});

test('Priya links an unlinked BILL epic, choosing the solution by market, priorities and partner products', async () => {
  await open(app.page, app.url, '/jira/apps/market-layer');
  await actAs(app.page, 'Priya');
  await open(app.page, app.url, '/jira/software/projects/BILL/apps/market-context');
  const project = appFrame(app.page, 'Market context');
  await see(project.getByRole('heading', { level: 1, name: /^Market context for / }));
  const table = project.getByRole('table', { name: 'Epics of BILL that serve no solution' });
  await see(table);
  const button = table.getByRole('button', { name: /^Link to solution: BILL-/ }).first();
  const epicKey = (await button.getAttribute('aria-label'))!.replace('Link to solution: ', '');
  await button.click();
  const dialog = project.getByRole('dialog', { name: `Link ${epicKey} to a solution` });
  await see(dialog);
  await dialog.getByLabel('Solution').click();
  // Every solution is in the menu (none clipped), each with its market and partner products.
  const options = project.getByRole('option');
  await see(options.filter({ hasText: 'Sovereign cloud' }));
  const menu = await options.allInnerTexts();
  expect(menu.length).toBeGreaterThanOrEqual(6);
  const sovereign = menu.find((text) => text.startsWith('Sovereign cloud'))!;
  expect(sovereign).toMatch(/With .*Platform/);
  expect(sovereign).not.toMatch(/\b(PLAT|INT|ANLY)\b/);
  for (const option of await options.all()) {
    const box = (await option.boundingBox())!;
    expect(box.height).toBeGreaterThan(0);
  }
  await options.filter({ hasText: 'Sovereign cloud' }).click();
  await dialog.getByLabel('What this product contributes').fill('Invoices stay in the country');
  await dialog.getByRole('button', { name: 'Link epic' }).click();
  await seeNoMore(dialog);
  await see(
    app.page.getByRole('status').filter({ hasText: `${epicKey} now contributes to Sovereign cloud` }),
  );
  await seeNoMore(table.getByRole('button', { name: `Link to solution: ${epicKey}`, exact: true }));
  expect(app.consoleErrors).toEqual([]);
});
