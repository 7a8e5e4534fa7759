import { startApp, type RunningApp } from './support/app';
import { actAs, appFrame, choose, open, rowAction, see, seeNoMore } from './support/host';

// The engineering lead's task from the epic panel: link an unlinked epic to a solution in Jira's
// own modal, see Jira's flag confirm it, then unlink it again. Flags and the modal are drawn by
// the page over everything (local/host/public/overlays.js), never inside the panel's frame.
jest.setTimeout(90_000);

const EPIC = 'PLAT-5';
const SOLUTION = 'Sovereign cloud';
let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ seedDemo: true });
});
afterAll(async () => {
  await app?.stop();
});

test('Eli links an unlinked epic in Jira’s modal over the page, and a flag of the page confirms it', async () => {
  await open(app.page, app.url, '/jira/apps/market-layer');
  await actAs(app.page, 'Eli');
  await open(app.page, app.url, `/browse/${EPIC}`);
  const panel = appFrame(app.page, 'Solutions for this epic');
  await see(panel.getByText(`${EPIC} serves no solution yet.`, { exact: false }));
  await panel.getByRole('button', { name: 'Link to a solution' }).click();

  // The modal is the page's, over the whole issue view: not a dialog inside the panel's frame.
  const modal = app.page.getByRole('dialog', { name: 'App dialog' });
  await see(modal);
  expect(await panel.getByRole('dialog').count()).toBe(0);
  const box = await modal.boundingBox();
  const panelBox = await app.page.locator('.panel').boundingBox();
  expect(box!.width).toBeGreaterThan(panelBox!.width);
  const form = modal.locator('iframe').contentFrame();
  await see(form.getByRole('heading', { level: 1, name: `Link ${EPIC} to a solution` }));
  // Escape closes it without linking; the panel is unchanged.
  await form.getByRole('button', { name: 'Link epic' }).waitFor();
  await app.page.keyboard.press('Escape');
  await seeNoMore(modal);
  await see(panel.getByText(`${EPIC} serves no solution yet.`, { exact: false }));

  await panel.getByRole('button', { name: 'Link to a solution' }).click();
  const again = app.page.getByRole('dialog', { name: 'App dialog' }).locator('iframe').contentFrame();
  await see(again.getByRole('heading', { level: 1, name: `Link ${EPIC} to a solution` }));
  await choose(again, 'Solution', `${SOLUTION} (In delivery)`);
  await again.getByLabel('What this product contributes').fill('Deploys that never leave the region');
  await again.getByRole('button', { name: 'Link epic' }).click();
  await seeNoMore(app.page.getByRole('dialog', { name: 'App dialog' }));

  // Jira's flag, on the page: outside every frame, and the panel reloaded behind it.
  const flag = app.page.getByRole('status').filter({ hasText: `${EPIC} now contributes to ${SOLUTION}` });
  await see(flag);
  await see(panel.getByRole('heading', { name: SOLUTION }));
  expect(await panel.getByText(`${EPIC} now contributes to`).count()).toBe(0);
  await flag.getByRole('button', { name: 'Dismiss' }).click();
  await seeNoMore(flag);
  expect(app.consoleErrors).toEqual([]);
});

test('Eli unlinks it again: asked first in the panel, confirmed by a flag of the page', async () => {
  const panel = appFrame(app.page, 'Solutions for this epic');
  await rowAction(panel, `the link to ${SOLUTION}`, 'Unlink from this solution');
  await panel.getByRole('button', { name: 'Unlink', exact: true }).click();
  await see(app.page.getByRole('status').filter({ hasText: `${EPIC} no longer contributes to ${SOLUTION}` }));
  await see(panel.getByText(`${EPIC} serves no solution yet.`, { exact: false }));
  expect(app.consoleErrors).toEqual([]);
});
