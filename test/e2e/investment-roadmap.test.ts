import type { FrameLocator } from 'playwright-core';
import type { Solution } from '../../src/contract';
import { DEMO_USERS } from '../../local/demo';
import { startApp, type RunningApp } from './support/app';
import { appFrame, frameColorMode, open, see, seeNoMore } from './support/host';
import { openTab } from './support/portfolio-page';

// Issue 12 on the demo portfolio: the Investment tab in both themes, and moving a roadmap card
// with the keyboard, then a move refused because someone else changed the solution first.
jest.setTimeout(90_000);

let app: RunningApp;
const portfolio = () => appFrame(app.page, 'Market layer portfolio');

async function asLead<T>(key: string, payload: unknown): Promise<T> {
  const reply = (await app.runtime.invoke('portfolio', key, payload, {
    accountId: DEMO_USERS.portfolioLead,
    extension: { type: 'jira:globalPage' },
  })) as { ok: true; data: T } | { ok: false; error: { message: string } };
  if (!reply.ok) throw new Error(`${key}: ${reply.error.message}`);
  return reply.data;
}

const solutionNamed = async (name: string) =>
  (await asLead<{ solutions: Solution[] }>('portfolio.get', {})).solutions.find((s) => s.name === name)!;

beforeAll(async () => {
  app = await startApp({ seedDemo: true });
});
afterAll(async () => {
  await app?.stop();
});

async function inTheme(theme: 'light' | 'dark'): Promise<FrameLocator> {
  await open(app.page, app.url, '/jira/apps/market-layer');
  const button = app.page.getByRole('button', { name: theme === 'dark' ? 'Dark theme' : 'Light theme' });
  if (await button.isVisible()) await button.click();
  const frame = portfolio();
  await see(frame.getByRole('tab', { name: 'Investment' }));
  expect(await frameColorMode(frame)).toBe(theme);
  return frame;
}

test.each(['light', 'dark'] as const)(
  'the investment view says its measure, splits multi-market epics, and lists every market in the %s theme',
  async (theme) => {
    const frame = await inTheme(theme);
    await openTab(frame, 'Investment');
    await see(frame.getByRole('heading', { name: 'Investment by market' }));
    const measure = frame.getByTestId('investment-measure');
    await see(measure);
    expect(await measure.innerText()).toMatch(/Measured in open epics of live solutions/);
    expect(await measure.innerText()).toMatch(/An epic serving several markets counts once, split equally/);
    const markets = frame.getByRole('list', { name: 'Investment by market, largest gap first' });
    await see(markets);
    for (const name of ['Mid-market financial services', 'Healthcare networks', 'Public sector agencies'])
      await see(
        markets.getByRole('listitem', { name: new RegExp(`^${name}: .*Investment \\d+% .*strategy \\d+%`) }),
      );
    await see(
      frame
        .getByRole('list', { name: 'Investment by customer layer' })
        .getByRole('listitem', { name: /^Executive: \d+%/ }),
    );
    expect(app.consoleErrors).toEqual([]);
  },
);

test('a roadmap card moves to another horizon from the keyboard, and the solution is saved', async () => {
  const frame = await inTheme('light');
  await openTab(frame, 'Roadmap');
  const later = frame.getByTestId('roadmap-column-later');
  const next = frame.getByTestId('roadmap-column-next');
  const card = later.getByRole('listitem', { name: 'Procurement fast lane' });
  await see(card);
  const move = card.getByRole('button', { name: 'Move to Next: Procurement fast lane' });
  await move.focus();
  await move.press('Enter');
  await see(next.getByRole('listitem', { name: 'Procurement fast lane' }));
  expect(await later.getByRole('listitem', { name: 'Procurement fast lane' }).count()).toBe(0);
  expect((await solutionNamed('Procurement fast lane')).horizon).toBe('next');
  expect(app.consoleErrors).toEqual([]);
});

test('a move after someone else changed the solution is refused, nothing is overwritten, and the card shows their version', async () => {
  const frame = portfolio();
  const now = frame.getByTestId('roadmap-column-now');
  await see(now.getByRole('listitem', { name: 'Sovereign cloud' }));
  // Someone else renames the solution while this page still holds its old version.
  const before = await solutionNamed('Sovereign cloud');
  await asLead('solution.update', {
    id: before.id,
    version: before.version,
    changes: { name: 'Sovereign cloud stack' },
  });
  await now.getByRole('button', { name: 'Move to Later: Sovereign cloud' }).click();
  await see(frame.getByRole('alert').getByText('Someone else changed this solution first'));
  await see(now.getByRole('listitem', { name: 'Sovereign cloud stack' }));
  const after = await solutionNamed('Sovereign cloud stack');
  expect(after).toMatchObject({ horizon: 'now', version: before.version + 1 });
});

test('the roadmap filters by market and by product', async () => {
  const frame = portfolio();
  const pick = async (label: string, text: string) => {
    const input = frame.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(text);
    await see(frame.getByRole('option', { name: new RegExp(text) }));
    await input.press('Enter');
  };
  await pick('Market', 'Healthcare networks');
  await see(frame.getByRole('listitem', { name: 'Clinicians on the move' }));
  await seeNoMore(frame.getByRole('listitem', { name: 'Continuous close' }));
  // Clear the market, then only the solutions BILL contributes to.
  await frame.getByRole('button', { name: /clear/i }).first().click();
  await see(frame.getByRole('listitem', { name: 'Continuous close' }));
  await pick('Product', 'BILL');
  await see(frame.getByRole('listitem', { name: 'Self-serve plan changes' }));
  await seeNoMore(frame.getByRole('listitem', { name: 'Clinicians on the move' }));
  await see(frame.getByRole('listitem', { name: 'Continuous close' }));
  expect(app.consoleErrors).toEqual([]);
});
