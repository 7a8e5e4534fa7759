import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';

/**
 * What a person does on the local Jira host page, in words they would use. playwright-core has
 * no `expect`, so "see" means wait until visible: a timeout fails the test with the locator named.
 */

/** Backend calls go through the host and the local runtime; allow for a slow CI machine. */
export const SEE_TIMEOUT = 15_000;

/** The Custom UI frame Jira shows for a module, found by its accessible title. */
export function appFrame(page: Page, title: string): FrameLocator {
  return page.locator(`iframe.frame[title="${title}"]`).contentFrame();
}

export async function see(locator: Locator): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: SEE_TIMEOUT });
  } catch (error) {
    // Say what the person was looking at when the expected thing never appeared.
    const shot = join(tmpdir(), `market-layer-e2e-${Date.now()}.png`);
    await locator
      .page()
      .screenshot({ path: shot, fullPage: true })
      .catch(() => undefined);
    throw new Error(`${(error as Error).message}\nThe page at that moment: ${shot}`, { cause: error });
  }
}

export async function seeNoMore(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'detached', timeout: SEE_TIMEOUT });
}

/** Opens a host route as someone typing the URL would. */
export async function open(page: Page, baseUrl: string, path: string): Promise<void> {
  await page.goto(baseUrl + path);
  await see(page.getByLabel('Act as demo user'));
}

/** Picks a demo user in the host's "Act as demo user" switch by the start of their name. */
export async function actAs(page: Page, name: string): Promise<void> {
  const select = page.getByLabel('Act as demo user');
  const options = await select
    .locator('option')
    .evaluateAll((nodes) =>
      nodes.map((node) => ({ value: (node as HTMLOptionElement).value, text: node.textContent ?? '' })),
    );
  const option = options.find((o) => o.text.startsWith(name));
  if (!option) throw new Error(`No demo user "${name}" in ${options.map((o) => o.text).join(', ')}`);
  await select.selectOption(option.value);
}

/** Chooses an option in an Atlaskit select (single or multi) by typing it, as a keyboard user would. */
export async function choose(frame: FrameLocator, label: string, option: string): Promise<void> {
  const input = frame.getByLabel(label);
  await input.click();
  await input.fill(option);
  await see(frame.getByRole('option', { name: option }));
  await input.press('Enter');
}

/** The text a sighted user reads in a frame, for "never shows" checks. */
export async function frameText(frame: FrameLocator): Promise<string> {
  return frame.locator('body').innerText();
}

/** The colour mode Jira's theming applied to the frame's document (`<html data-color-mode>`). */
export async function frameColorMode(frame: FrameLocator): Promise<string | null> {
  return frame.locator('html').getAttribute('data-color-mode');
}

/**
 * The text screen readers announce as a control's description (its `aria-describedby` targets):
 * where a field's error must be, so it sits beside the field rather than somewhere on the page.
 */
export async function descriptionOf(control: Locator): Promise<string> {
  return control.evaluate((node) =>
    (node.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? (node.ownerDocument.getElementById(id)?.textContent ?? '') : ''))
      .join(' '),
  );
}

/**
 * Picks an action from a row's "•••" menu (issue 10): the trigger is named after the row, the
 * menu is drawn over the frame's page (a portal), so its items are looked up in the whole frame.
 */
export async function rowAction(frame: FrameLocator, row: string, action: string): Promise<void> {
  await frame.getByRole('button', { name: `Actions for ${row}`, exact: true }).click();
  const item = frame.getByRole('menuitem', { name: action, exact: true });
  await see(item);
  await item.click();
}
