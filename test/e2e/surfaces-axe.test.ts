import type { Frame, Locator } from 'playwright-core';
import { startApp, type RunningApp } from './support/app';
import { axeFindings, frameNamed, type AxeFinding } from './support/axe';
import { appFrame, frameColorMode, open, see } from './support/host';

// Issue 10: axe finds no violation of any impact on any surface, in either theme. The portfolio's
// tabs are checked in portfolio-overview.test.ts; here every other frame the app draws: the
// project page, the epic panel (linked, unlinked, its menu and Jira's link modal open), the admin
// page with its pickers open, the dashboard gadgets and the context line.
jest.setTimeout(240_000);

let app: RunningApp;
beforeAll(async () => {
  app = await startApp({ seedDemo: true });
  await app.page.setViewportSize({ width: 1440, height: 900 });
});
afterAll(async () => {
  await app?.stop();
});

async function useTheme(theme: 'light' | 'dark') {
  const button = app.page.getByRole('button', { name: theme === 'dark' ? 'Dark theme' : 'Light theme' });
  if (await button.isVisible()) await button.click();
}

/** The frame inside the page's modal (Jira's Modal from @forge/bridge), once its app has drawn. */
async function modalFrame(): Promise<Frame> {
  const handle = await app.page.getByRole('dialog', { name: 'App dialog' }).locator('iframe').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('No frame in the page’s modal');
  return frame;
}

describe.each(['light', 'dark'] as const)('every surface in the %s theme', (theme) => {
  /** No finding of any impact, named by what was on screen, so a failure says where. */
  const check = async (name: string, frame: Frame, ready: Locator) => {
    await see(ready);
    const found: AxeFinding[] = await axeFindings(frame);
    expect({ [name]: found }).toEqual({ [name]: [] });
  };

  it('the project page', async () => {
    await open(app.page, app.url, '/jira/software/projects/BILL/apps/market-context');
    await useTheme(theme);
    const page = appFrame(app.page, 'Market context');
    await check(
      'project',
      await frameNamed(app.page, 'Market context'),
      page.getByRole('heading', { level: 1 }),
    );
    expect(await frameColorMode(page)).toBe(theme);
  });

  it('the epic panel of a linked epic, its actions menu open, and the context line beside it', async () => {
    await open(app.page, app.url, '/browse/BILL-19');
    await useTheme(theme);
    const panel = appFrame(app.page, 'Solutions for this epic');
    const frame = await frameNamed(app.page, 'Solutions for this epic');
    await check('epic panel, linked', frame, panel.getByRole('heading', { name: 'Continuous close' }));
    await panel
      .getByRole('button', { name: /^Actions for the link to / })
      .first()
      .click();
    await check('epic panel, actions menu open', frame, panel.getByRole('menu'));
    await app.page.keyboard.press('Escape');
    const context = appFrame(app.page, 'Market layer context');
    await check(
      'issue context line',
      await frameNamed(app.page, 'Market layer context'),
      context.getByText(/^Serves: /),
    );
  });

  it('the epic panel of an unlinked epic, and Jira’s link modal over it', async () => {
    await open(app.page, app.url, '/browse/PLAT-5');
    await useTheme(theme);
    const panel = appFrame(app.page, 'Solutions for this epic');
    const frame = await frameNamed(app.page, 'Solutions for this epic');
    await check(
      'epic panel, unlinked',
      frame,
      panel.getByText('PLAT-5 serves no solution yet.', { exact: false }),
    );
    await panel.getByRole('button', { name: 'Link to a solution' }).click();
    const modal = app.page.getByRole('dialog', { name: 'App dialog' });
    await see(modal);
    const form = modal.locator('iframe').contentFrame();
    await check('link modal', await modalFrame(), form.getByRole('button', { name: 'Link epic' }));
    await form.getByLabel('Solution').click();
    await check('link modal, solution menu open', await modalFrame(), form.getByRole('option').first());
    await app.page.keyboard.press('Escape');
    await app.page.keyboard.press('Escape');
  });

  it('the admin page, with its pickers open', async () => {
    await open(app.page, app.url, '/jira/settings/apps/market-layer');
    await useTheme(theme);
    const admin = appFrame(app.page, 'Market layer settings');
    const frame = await frameNamed(app.page, 'Market layer settings');
    await check('admin', frame, admin.getByRole('heading', { level: 1, name: 'Market layer settings' }));
    await admin.getByLabel('Extra editors').click();
    await admin.getByLabel('Extra editors').fill('a');
    await check('admin, user picker open', frame, admin.getByRole('option').first());
    await app.page.keyboard.press('Escape');
    await admin.getByLabel('Issue types that count as epics').click();
    await check('admin, issue-type picker open', frame, admin.getByRole('option').first());
    await app.page.keyboard.press('Escape');
    // A single choice opens on the chosen option, focused: the state whose contrast was short.
    await admin.getByLabel('Investment measure').click();
    await check('admin, investment measure open', frame, admin.getByRole('option', { selected: true }));
    await app.page.keyboard.press('Escape');
  });

  it('the dashboard gadgets', async () => {
    await open(app.page, app.url, '/jira/dashboards/10000');
    await useTheme(theme);
    for (const title of [
      'Solution readiness gadget',
      'Product balance gadget',
      'Investment by market gadget',
    ]) {
      const gadget = appFrame(app.page, title);
      await check(title, await frameNamed(app.page, title), gadget.getByText(/^All markets · /));
    }
    // A gadget's edit mode, its market picker open.
    await app.page.getByRole('button', { name: 'Edit Solution readiness' }).click();
    const settings = appFrame(app.page, 'Solution readiness settings');
    await settings.getByLabel('Market').click();
    await check(
      'gadget settings, market picker open',
      await frameNamed(app.page, 'Solution readiness settings'),
      settings.getByRole('option').first(),
    );
    expect(app.consoleErrors).toEqual([]);
  });
});
