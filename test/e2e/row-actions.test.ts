import { startApp, type RunningApp } from './support/app';
import { axeFindings, frameNamed } from './support/axe';
import { appFrame, open, see, seeNoMore } from './support/host';
import { expandMarket } from './support/portfolio-page';

// Issue 10: a row's Edit and Delete live behind one "•••" button named after the row, reachable
// and usable by keyboard alone, and focus comes back to it so a keyboard user keeps their place.
jest.setTimeout(120_000);

const TITLE = 'Market layer portfolio';
const MARKET = 'Mid-market financial services';
let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ seedDemo: true });
  await open(app.page, app.url, '/jira/apps/market-layer');
});
afterAll(async () => {
  await app?.stop();
});

const portfolio = () => appFrame(app.page, TITLE);
const focusedItem = () => portfolio().locator('[role="menuitem"]:focus');
const isFocused = (control: ReturnType<ReturnType<typeof portfolio>['getByRole']>) =>
  control.evaluate((element) => element === element.ownerDocument.activeElement);

test('each row offers one actions button, named after its row, instead of Edit and Delete buttons', async () => {
  const frame = portfolio();
  await expandMarket(frame, MARKET);
  await see(frame.getByRole('button', { name: `Actions for market ${MARKET}` }));
  expect(await frame.getByRole('button', { name: /^Actions for priority / }).count()).toBeGreaterThan(0);
  expect(await frame.getByRole('button', { name: /^Actions for solution / }).count()).toBeGreaterThan(0);
  // No row carries the old text buttons any more.
  expect(await frame.getByRole('button', { name: /^(Edit|Delete) / }).count()).toBe(0);
});

test('the menu works by keyboard: Enter opens it on its first action, arrows move, Escape gives focus back', async () => {
  const frame = portfolio();
  const trigger = frame.getByRole('button', { name: `Actions for market ${MARKET}` });
  await trigger.focus();
  await trigger.press('Enter');
  await see(frame.getByRole('menu', { name: `Actions for market ${MARKET}` }));
  await see(focusedItem());
  expect(await focusedItem().textContent()).toBe('Edit');
  await app.page.keyboard.press('ArrowDown');
  expect(await focusedItem().textContent()).toBe('Delete');
  // axe on the open menu, in the page as it is then.
  expect(await axeFindings(await frameNamed(app.page, TITLE))).toEqual([]);
  await app.page.keyboard.press('Escape');
  await seeNoMore(frame.getByRole('menu'));
  expect(await isFocused(trigger)).toBe(true);
  expect(await trigger.getAttribute('aria-expanded')).toBe('false');
});

test('Space opens it too; Delete, chosen by keyboard, asks first, and cancelling keeps the market', async () => {
  const frame = portfolio();
  const trigger = frame.getByRole('button', { name: `Actions for market ${MARKET}` });
  await trigger.focus();
  await trigger.press('Space');
  await see(frame.getByRole('menu', { name: `Actions for market ${MARKET}` }));
  expect(await trigger.getAttribute('aria-expanded')).toBe('true');
  await app.page.keyboard.press('Escape');
  await seeNoMore(frame.getByRole('menu'));
  await trigger.press('Enter');
  await see(focusedItem());
  await app.page.keyboard.press('ArrowDown');
  await app.page.keyboard.press('Enter');
  const dialog = frame.getByRole('dialog', { name: `Delete market "${MARKET}"?` });
  await see(dialog);
  await seeNoMore(frame.getByRole('menu'));
  await dialog.getByRole('button', { name: 'Cancel' }).press('Enter');
  await seeNoMore(dialog);
  // The dialog hands focus back to the row's actions button, where the person started.
  expect(await isFocused(trigger)).toBe(true);
  expect(await frame.getByRole('region', { name: `Market ${MARKET}` }).count()).toBe(1);
  expect(app.consoleErrors).toEqual([]);
});
