import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from './support/app';
import type { FrameLocator } from 'playwright-core';
import { appFrame, frameColorMode, open, see, seeNoMore } from './support/host';
import { openTab } from './support/portfolio-page';
import { SURFACES, type Surface } from './support/surfaces';

// The README's pictures: each surface on the demo portfolio, in Jira's light and dark themes,
// taken from the real host page so they show what `npm start` shows.
jest.setTimeout(90_000);

// A test run must not rewrite committed files: the README's copies are refreshed only on
// request, `UPDATE_SCREENSHOTS=1 npx jest test/e2e/screenshots`.
const OUT = process.env.UPDATE_SCREENSHOTS
  ? join(__dirname, '../../docs/screenshots')
  : mkdtempSync(join(tmpdir(), 'market-layer-screenshots-'));
const THEMES = ['light', 'dark'] as const;

let app: RunningApp;

/**
 * What a surface shows only when asked, opened before its picture is taken. The portfolio page is
 * summary first: it opens on the overview, markets are collapsed until opened, and the matrix is
 * a tab of its own.
 */
const EXTRA_SHOTS: Partial<
  Record<Surface['name'], { suffix: string; open: (frame: FrameLocator) => Promise<void> }[]>
> = {
  portfolio: [
    {
      // The landing tab: the overview.
      suffix: '',
      open: async (frame) => {
        // Tall enough for the whole overview in one picture (the frame scrolls inside the page).
        await frame.owner().page().setViewportSize({ width: 1440, height: 2600 });
        await see(frame.getByRole('table', { name: /^Readiness of each product/ }));
      },
    },
    {
      suffix: '-strategy',
      open: async (frame) => {
        await frame.owner().page().setViewportSize({ width: 1400, height: 900 });
        await openTab(frame, 'Strategy');
        await frame
          .getByRole('button', { name: /^Show priorities and solutions of / })
          .first()
          .click();
        await see(frame.getByRole('list', { name: /^Business priorities of / }));
      },
    },
    {
      suffix: '-matrix',
      open: async (frame) => {
        await openTab(frame, 'Contribution matrix');
        await see(frame.getByRole('table', { name: 'Contribution matrix' }));
        await seeNoMore(frame.getByText(/^Loading/));
      },
    },
    {
      suffix: '-investment',
      open: async (frame) => {
        await openTab(frame, 'Investment');
        await see(frame.getByRole('list', { name: 'Investment by customer layer' }));
      },
    },
    {
      suffix: '-roadmap',
      open: async (frame) => {
        await openTab(frame, 'Roadmap');
        await see(frame.getByTestId('roadmap-column-later').getByRole('listitem').first());
      },
    },
  ],
};

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  app = await startApp({ seedDemo: true });
});
afterAll(async () => {
  await app?.stop();
});

test.each(THEMES)('every surface renders its demo content in the %s theme, saved as a PNG', async (theme) => {
  await open(app.page, app.url, SURFACES[0].path);
  const switchTo = theme === 'dark' ? 'Dark theme' : 'Light theme';
  const themeButton = app.page.getByRole('button', { name: switchTo });
  if (await themeButton.isVisible()) await themeButton.click();

  for (const surface of SURFACES) {
    await open(app.page, app.url, surface.path);
    const frame = appFrame(app.page, surface.frameTitle);
    await see(frame.getByRole('heading', { name: surface.heading, exact: true }));
    expect(await frameColorMode(frame)).toBe(theme);
    const shots = EXTRA_SHOTS[surface.name] ?? [{ suffix: '', open: async () => undefined }];
    for (const shot of shots) {
      await shot.open(frame);
      // Neither a loading spinner nor an error state may end up in the documentation.
      expect(await frame.getByText(/^Loading/).count()).toBe(0);
      expect(await frame.getByRole('button', { name: /try again|retry/i }).count()).toBe(0);
      await app.page.screenshot({
        path: join(OUT, `${surface.name}${shot.suffix}-${theme}.png`),
        fullPage: true,
      });
    }
  }
  expect(app.consoleErrors).toEqual([]);
});
