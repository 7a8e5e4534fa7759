import { startApp, type RunningApp } from './support/app';
import { appFrame, choose, open, see, seeNoMore } from './support/host';
import { expandMarket, saveDialog } from './support/portfolio-page';

// A portfolio lead's first solution, the way the page walks them: market → priority → solution →
// epics, the new solution's flag offering "Link epics", the epic picker browsing with a project
// filter, key prefixes and pages that say how many there are.
jest.setTimeout(120_000);

let app: RunningApp;
const portfolio = () => appFrame(app.page, 'Market layer portfolio');
const steps = () => portfolio().getByRole('list', { name: 'Steps to a first solution' });

beforeAll(async () => {
  app = await startApp();
  await open(app.page, app.url, '/jira/apps/market-layer');
});
afterAll(async () => {
  await app?.stop();
});

test('the walk goes from a first market to a priority and a solution, one step button at a time', async () => {
  const frame = portfolio();
  await frame.getByRole('button', { name: 'Create market' }).click();
  await frame.getByRole('dialog', { name: 'Create market' }).getByLabel('Name').fill('Regional hospitals');
  await saveDialog(frame, 'Create market');
  await see(frame.getByRole('heading', { name: 'Getting started: step 2 of 4' }));
  await steps().getByRole('button', { name: 'Add a business priority' }).click();
  const priority = frame.getByRole('dialog', { name: 'Create business priority' });
  await priority.getByLabel('Title').fill('Discharge patients a day sooner');
  await priority.getByLabel('Measurable outcome').fill('Average stay falls from 5 to 4 days');
  await saveDialog(frame, 'Create business priority');
  await see(frame.getByRole('heading', { name: 'Getting started: step 3 of 4' }));
  await steps().getByRole('button', { name: 'Describe a solution' }).click();
  const solution = frame.getByRole('dialog', { name: 'Create solution' });
  await solution.getByLabel('Name').fill('Discharge on time');
  await solution.getByLabel('Value statement').fill('Ward managers see every blocker to a discharge');
  await choose(frame, 'Business priorities it addresses', 'Discharge patients a day sooner');
  await saveDialog(frame, 'Create solution');
  await see(frame.getByRole('heading', { name: 'Getting started: step 4 of 4' }));
  expect(app.consoleErrors).toEqual([]);
});

test('the new solution’s flag offers Link epics; the picker browses by project, by key prefix and by page', async () => {
  const frame = portfolio();
  // Jira's flag, on the page: its action opens the link dialog in the frame, solution chosen.
  const flag = app.page.getByRole('status').filter({ hasText: 'Solution "Discharge on time" saved' });
  await see(flag);
  await flag.getByRole('button', { name: 'Link epics' }).click();
  const dialog = frame.getByRole('dialog', { name: 'Link an epic to "Discharge on time"' });
  await see(dialog);
  // Opened on the first page of every epic, saying how many there are: no silent cap.
  await see(dialog.getByText(/^Showing 20 of \d+ epics\.$/));
  const total = Number(
    (await dialog.getByText(/^Showing 20 of \d+ epics\.$/).innerText()).match(/of (\d+)/)![1],
  );
  expect(total).toBeGreaterThan(50);
  await dialog.getByRole('button', { name: 'Show more epics' }).click();
  await see(dialog.getByText(`Showing 40 of ${total} epics.`));

  // A project key finds that project's epics ("BILL"), in key order.
  const search = dialog.getByLabel('Find an epic by key or words in its summary');
  await search.fill('MOB');
  await dialog.getByRole('button', { name: 'Search' }).click();
  await see(dialog.getByText(/epics? in Mobile \(MOB\)\.$/));
  const radios = dialog.getByRole('radio');
  expect(
    (await radios.evaluateAll((nodes) => nodes.map((n) => (n as HTMLInputElement).value))).every((k) =>
      k.startsWith('MOB-'),
    ),
  ).toBe(true);

  // The project filter narrows to one project the viewer may browse.
  await search.fill('');
  const project = dialog.getByLabel('Project');
  await project.fill('plat');
  await see(frame.getByRole('option', { name: 'Platform (PLAT)' }));
  await project.press('Enter');
  await see(dialog.getByText(/epics? in Platform \(PLAT\)\.$/));
  await dialog.getByRole('radio', { name: /^PLAT-5 — / }).check();
  await dialog.getByLabel('What this product contributes').fill('Deploys with no downtime for wards');
  await dialog.getByRole('button', { name: 'Link epic' }).click();
  await seeNoMore(dialog);
  await see(
    app.page.getByRole('status').filter({ hasText: 'PLAT-5 now contributes to "Discharge on time"' }),
  );
  // The walk is done: it leaves the page.
  await seeNoMore(frame.getByRole('heading', { name: /^Getting started/ }));
  expect(app.consoleErrors).toEqual([]);
});

test('a linked epic carries its badge in the picker, and every solution line offers to link', async () => {
  const frame = portfolio();
  await expandMarket(frame, 'Regional hospitals');
  await frame.getByRole('button', { name: 'Link epics to Discharge on time' }).click();
  const dialog = frame.getByRole('dialog', { name: 'Link an epic to "Discharge on time"' });
  await dialog.getByLabel('Find an epic by key or words in its summary').fill('PLAT-5');
  await dialog.getByRole('button', { name: 'Search' }).click();
  const first = dialog.getByRole('radio').first();
  await see(dialog.getByText('Linked to a solution'));
  expect(await first.getAttribute('value')).toBe('PLAT-5');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await seeNoMore(dialog);
  expect(app.consoleErrors).toEqual([]);
});
