import { createStore } from '../../src/store';
import { DEMO_USERS } from '../../local/demo';
import { epicsOf } from '../support';
import { startApp, type RunningApp } from './support/app';
import { appFrame, open, rowAction, see, seeNoMore } from './support/host';
import { expandMarket } from './support/portfolio-page';
import { linkOf } from '../integration/jobs/delete-support';
import { marketInput, priorityInput, solutionInput } from '../integration/store/fixtures';

// Issue 8: a solution with 30 linked epics is more than one storage transaction can delete. The
// dialog says what goes with it; the delete runs in the background, the page shows its progress
// and shows the portfolio without it once it is done.
jest.setTimeout(90_000);

const MARKET = 'Mid-size manufacturers';
const SOLUTION = 'Predictive maintenance';

let app: RunningApp;
const portfolio = () => appFrame(app.page, 'Market layer portfolio');

beforeAll(async () => {
  // Job steps are delivered by the test, so the page is seen while the delete is under way.
  app = await startApp({ jobPump: false });
  const store = createStore({ now: () => new Date() });
  const lead = DEMO_USERS.portfolioLead;
  const market = await store.markets.create(marketInput(MARKET), lead);
  const priority = await store.priorities.create(priorityInput(market.id), lead);
  const solution = await store.solutions.create(solutionInput([priority.id], SOLUTION), lead);
  for (const key of ['BILL', 'IAM'])
    for (const epic of epicsOf(app.runtime, key))
      await store.contributions.link(linkOf(solution.id, epic, key), lead);
  await open(app.page, app.url, '/jira/apps/market-layer');
});
afterAll(async () => {
  await app?.stop();
});

test('deleting a large solution shows what goes with it, its progress, then the page without it', async () => {
  const frame = portfolio();
  await expandMarket(frame, MARKET);
  await see(frame.getByText(`↳ ${SOLUTION}`));
  await rowAction(frame, `solution ${SOLUTION}`, 'Delete');
  const dialog = frame.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  // The refusal lists what the cascade deletes, counted.
  await see(dialog.getByRole('list', { name: 'Deleted with it' }).getByText(/^30 linked epics: BILL-/));
  await dialog.getByRole('button', { name: 'Delete with 30 dependents' }).click();
  await seeNoMore(dialog);

  const progress = frame.getByText('0 of 31 records');
  await see(frame.getByText(`Deleting solution “${SOLUTION}”…`));
  await see(progress);

  await app.runtime.deliverJobs({ fastForward: true });
  await seeNoMore(progress);
  await seeNoMore(frame.getByText(`↳ ${SOLUTION}`));
  await see(frame.getByText('1 business priority · 0 solutions'));
  expect(app.consoleErrors).toEqual([]);
});
