import { startApp, type RunningApp } from './support/app';
import { actAs, appFrame, open, see } from './support/host';

// Issue 12 on the project page: a product manager sees how this product's growth work splits
// across markets, light and dark, from the same rollups as the portfolio's Investment tab.
jest.setTimeout(60_000);

let app: RunningApp;
beforeAll(async () => {
  app = await startApp({ seedDemo: true });
});
afterAll(async () => {
  await app?.stop();
});

const PATH = '/jira/software/projects/BILL/apps/market-context';

test.each(['Light', 'Dark'])(
  'Priya sees where Billing’s growth work goes, by market (%s theme)',
  async (theme) => {
    await open(app.page, app.url, PATH);
    await actAs(app.page, 'Priya');
    if (theme === 'Dark') await app.page.getByRole('button', { name: 'Dark theme' }).click();
    const frame = appFrame(app.page, 'Market context');
    await see(frame.getByRole('heading', { name: "Where this product's growth work goes" }));
    await see(frame.getByText(/^Measured in open epics: \d+(\.\d)? open epics? in all\./));
    const markets = frame.getByRole('list', { name: "This product's work by market" }).getByRole('listitem');
    await see(markets.first());
    const shares = await markets.allTextContents();
    expect(shares.length).toBeGreaterThan(0);
    for (const line of shares) expect(line).toMatch(/\d+% \(\d+(\.\d)? open epics?\)$/);
    expect(app.consoleErrors).toEqual([]);
  },
);
