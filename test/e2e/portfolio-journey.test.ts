import { startApp, type RunningApp } from './support/app';
import {
  actAs,
  appFrame,
  choose,
  descriptionOf,
  frameText,
  open,
  rowAction,
  see,
  seeNoMore,
} from './support/host';
import {
  closeCell,
  expandMarket,
  linkEpic,
  matrixCell,
  openCell,
  openTab,
  saveDialog,
} from './support/portfolio-page';

// One portfolio lead's first hour, in order: each test continues where the previous one stopped.
jest.setTimeout(60_000);

const MARKET = 'Mid-market manufacturers';
const PRIORITY = 'Close the books in three days';
const SOLUTION = 'Same-day financial close';
const SOLUTION_GAP = 'Solutions no product delivers yet';
// The MOB epic Eli (engineering lead) may not browse: its key and summary must never reach him.
const MOB_EPIC = { key: 'MOB-4', summary: 'Launch push notifications', note: 'Approvals on the phone' };
const BILL_EPIC = { key: 'BILL-19', words: 'multi-currency', note: 'Invoices reconcile on the day' };
const ANLY_EPIC = {
  key: 'ANLY-7',
  words: 'scheduled reports',
  note: 'Daily close report for the controller',
};

let app: RunningApp;
const portfolio = () => appFrame(app.page, 'Market layer portfolio');

beforeAll(async () => {
  app = await startApp();
  await open(app.page, app.url, '/jira/apps/market-layer');
});
afterAll(async () => {
  await app?.stop();
});

test('a first visit shows the empty state with one way forward', async () => {
  const frame = portfolio();
  await see(frame.getByRole('heading', { name: 'Put your markets above your projects' }));
  await see(frame.getByRole('button', { name: 'Create market' }));
  expect(app.consoleErrors).toEqual([]);
});

test('a blank market name is refused beside the field, then the corrected market is created', async () => {
  const frame = portfolio();
  await frame.getByRole('button', { name: 'Create market' }).click();
  const dialog = frame.getByRole('dialog', { name: 'Create market' });
  await see(dialog);
  // Spaces pass the browser's "required" check; the backend trims them and names the problem.
  await dialog.getByLabel('Name').fill('   ');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await see(dialog.getByText('Enter name'));
  expect(await dialog.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
  expect(await descriptionOf(dialog.getByLabel('Name'))).toContain('Enter name');

  await dialog.getByLabel('Name').fill(MARKET);
  await choose(frame, 'Strategic weight', '4');
  await dialog.getByLabel('Industry tags').fill('Manufacturing');
  await saveDialog(frame, 'Create market');
  // The first market ends the first run: the page opens on its overview, the market is in Strategy.
  await see(frame.getByRole('tab', { name: 'Overview', selected: true }));
  await openTab(frame, 'Strategy');
  await see(frame.getByRole('heading', { name: MARKET }));
  await see(frame.getByText('0 business priorities · 0 solutions'));
  expect(app.consoleErrors).toEqual([]);
});

test('a business priority and a solution are created through their forms', async () => {
  const frame = portfolio();
  await frame.getByRole('button', { name: 'Create priority' }).click();
  const priorityDialog = frame.getByRole('dialog', { name: 'Create business priority' });
  await see(priorityDialog);
  await priorityDialog.getByLabel('Title').fill(PRIORITY);
  await priorityDialog.getByLabel('Measurable outcome').fill('Month-end close takes 3 days instead of 10');
  await choose(frame, 'Importance', '5 (highest)');
  await saveDialog(frame, 'Create business priority');
  // The summary counts it; the priority itself loads with its market's detail.
  await see(frame.getByText('1 business priority · 0 solutions'));
  await expandMarket(frame, MARKET);
  await see(frame.getByRole('heading', { name: PRIORITY }));
  await see(frame.getByText('No solution addresses this priority yet.'));

  await frame.getByRole('button', { name: 'Create solution' }).click();
  const solutionDialog = frame.getByRole('dialog', { name: 'Create solution' });
  await see(solutionDialog);
  await solutionDialog.getByLabel('Name').fill(SOLUTION);
  await solutionDialog
    .getByLabel('Value statement')
    .fill('Controllers sign off the month the day after it ends');
  await choose(frame, 'Business priorities it addresses', PRIORITY);
  await saveDialog(frame, 'Create solution');
  // The market stays open and its detail is asked for again after the save.
  await see(frame.getByText(`↳ ${SOLUTION}`));
  await seeNoMore(frame.getByText('No solution addresses this priority yet.'));
  await see(frame.getByText('1 business priority · 1 solution'));
  expect(app.consoleErrors).toEqual([]);
});

test('an existing solution is edited with its priorities already chosen', async () => {
  const frame = portfolio();
  await rowAction(frame, `solution ${SOLUTION}`, 'Edit');
  const dialog = frame.getByRole('dialog', { name: `Edit solution "${SOLUTION}"` });
  await see(dialog.getByLabel('Name'));
  // The priority it addresses is shown chosen, so saving keeps it.
  await see(dialog.getByText(PRIORITY));
  await dialog
    .getByLabel('Value statement')
    .fill('Controllers sign off the month the day after it ends, every month');
  await saveDialog(frame, `Edit solution "${SOLUTION}"`);
  await see(frame.getByText(`↳ ${SOLUTION}`));
  expect(app.consoleErrors).toEqual([]);
});

test('a solution without epics shows as a gap', async () => {
  const frame = portfolio();
  await openTab(frame, /^Gaps/);
  const panel = frame.getByRole('tabpanel');
  await see(panel.getByRole('heading', { name: `${SOLUTION_GAP} (1)` }));
  await see(panel.getByRole('listitem').filter({ hasText: SOLUTION }));
  expect(app.consoleErrors).toEqual([]);
});

test('epics from two products make the solution integrated and close the gap', async () => {
  const frame = portfolio();
  await openTab(frame, 'Contribution matrix');
  await linkEpic(frame, SOLUTION, BILL_EPIC);
  await see(frame.getByText('Single product'));
  await linkEpic(frame, SOLUTION, ANLY_EPIC);

  const row = frame.getByRole('row').filter({ has: frame.getByRole('rowheader', { name: SOLUTION }) });
  await see(row.getByRole('cell', { name: '2 products' }));
  await seeNoMore(frame.getByText('Single product'));
  expect(await frame.getByRole('columnheader').allInnerTexts()).toEqual(
    expect.arrayContaining([expect.stringMatching(/BILL|Billing/), expect.stringMatching(/ANLY|Analytics/)]),
  );
  // A cell shows a count; opening it lists the product's epics with what they contribute.
  await see(matrixCell(frame, SOLUTION, 'BILL').filter({ hasText: '1 epic' }));
  const cell = await openCell(frame, SOLUTION, 'BILL');
  await see(cell.getByRole('link', { name: new RegExp(`^${BILL_EPIC.key}: `) }));
  await see(cell.getByText(`Contributes: ${BILL_EPIC.note}`));
  await closeCell(cell);

  await openTab(frame, /^Gaps/);
  await see(frame.getByRole('tabpanel'));
  expect(await frame.getByRole('tabpanel').innerText()).not.toContain(SOLUTION_GAP);
  expect(app.consoleErrors).toEqual([]);
});

test('unlinking from a cell and linking again comes back to the cell, its epics reloaded', async () => {
  const frame = portfolio();
  await openTab(frame, 'Contribution matrix');
  const cell = await openCell(frame, SOLUTION, 'ANLY');
  await see(cell.getByRole('button', { name: `Actions for epic ${ANLY_EPIC.key}` }));
  await rowAction(frame, `epic ${ANLY_EPIC.key}`, 'Unlink');
  const confirm = frame.getByRole('dialog', { name: `Delete the link to ${ANLY_EPIC.key}?` });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await seeNoMore(confirm);
  const reloaded = frame.getByRole('dialog', { name: ` in "${SOLUTION}"` });
  await see(reloaded.getByText('No epics of this product are linked to the solution any more.'));
  await closeCell(reloaded);
  await see(frame.getByText('Single product'));

  await linkEpic(frame, SOLUTION, ANLY_EPIC);
  await seeNoMore(frame.getByText('Single product'));
  expect(app.consoleErrors).toEqual([]);
});

test('an epic in a project Eli cannot browse reaches him only as a count', async () => {
  let frame = portfolio();
  await openTab(frame, 'Contribution matrix');
  await linkEpic(frame, SOLUTION, { ...MOB_EPIC, words: 'push notifications' });
  const lead = await openCell(frame, SOLUTION, 'MOB');
  await see(lead.getByText(MOB_EPIC.summary));
  await closeCell(lead);

  await actAs(app.page, 'Eli');
  frame = portfolio();
  await openTab(frame, 'Contribution matrix');
  await see(frame.getByRole('columnheader', { name: 'A project you cannot view' }));
  const hidden = await openCell(frame, SOLUTION, null);
  await see(hidden.getByText('1 epic in projects you cannot view'));
  expect(await hidden.getByRole('link').count()).toBe(0);
  for (const secret of [MOB_EPIC.key, MOB_EPIC.summary, MOB_EPIC.note])
    expect(await frameText(frame)).not.toContain(secret);
  await closeCell(hidden);

  const bill = await openCell(frame, SOLUTION, 'BILL');
  await see(bill.getByRole('link', { name: /^BILL-19: / }));
  await closeCell(bill);
  const text = await frameText(frame);
  for (const secret of [MOB_EPIC.key, MOB_EPIC.summary, MOB_EPIC.note]) expect(text).not.toContain(secret);
  expect(app.consoleErrors).toEqual([]);
});

test('the epic panel shows Eli the solution and its visible siblings, the MOB epic only as a count', async () => {
  await open(app.page, app.url, '/browse/BILL-19');
  const panel = appFrame(app.page, 'Solutions for this epic');
  await see(panel.getByRole('heading', { name: SOLUTION }));
  await see(panel.getByRole('link', { name: /^ANLY-7: / }));
  await see(panel.getByText('1 epic in projects you cannot view'));
  const text = await frameText(panel);
  for (const secret of [MOB_EPIC.key, MOB_EPIC.summary, MOB_EPIC.note]) expect(text).not.toContain(secret);
  expect(app.consoleErrors).toEqual([]);
});

test('the project page shows Avery the solution BILL contributes to and the partner products', async () => {
  await actAs(app.page, 'Avery');
  await open(app.page, app.url, '/jira/software/projects/BILL/apps/market-context');
  const project = appFrame(app.page, 'Market context');
  await see(project.getByRole('heading', { name: /^Market context for / }));
  await see(project.getByRole('heading', { name: SOLUTION }));
  await see(project.getByRole('link', { name: /^BILL-19: / }));
  await see(project.getByRole('heading', { name: 'Partner products' }));
  const text = await frameText(project);
  expect(text).toContain('ANLY · ');
  expect(text).toContain('MOB · ');
  expect(app.consoleErrors).toEqual([]);
});
