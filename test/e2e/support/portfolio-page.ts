import type { FrameLocator, Locator } from 'playwright-core';
import { see, seeNoMore } from './host';

/** Steps on the portfolio page (jira:globalPage) that several tests take. */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function openTab(frame: FrameLocator, name: string | RegExp): Promise<void> {
  const tab = frame.getByRole('tab', { name });
  await tab.click();
  await see(frame.getByRole('tab', { name, selected: true }));
}

/** Saves the open form dialog and waits for it to close (the save succeeded). */
export async function saveDialog(frame: FrameLocator, title: string): Promise<void> {
  const dialog = frame.getByRole('dialog', { name: title });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await seeNoMore(dialog);
}

/** Strategy tab: shows a market's priorities and solutions (they load when asked for). */
export async function expandMarket(frame: FrameLocator, market: string): Promise<void> {
  // The page opens on the overview; the strategy is a tab of its own.
  const strategy = frame.getByRole('tab', { name: 'Strategy' });
  await see(strategy);
  if ((await strategy.getAttribute('aria-selected')) !== 'true') await openTab(frame, 'Strategy');
  const toggle = frame.getByRole('button', { name: `Show priorities and solutions of ${market}` });
  await toggle.click();
  await see(frame.getByRole('list', { name: `Business priorities of ${market}` }));
}

/**
 * A matrix cell's button: one product's epic count in one solution. `projectKey` names the
 * product; null means a project the viewer cannot browse, which the matrix leaves unnamed.
 */
export function matrixCell(frame: FrameLocator, solution: string, projectKey: string | null): Locator {
  const product = projectKey === null ? '^A project you cannot view' : `\\(${escape(projectKey)}\\)`;
  return frame.getByRole('button', { name: new RegExp(`${product} in ${escape(solution)}: `) });
}

/** Opens a matrix cell (by keyboard, as the cells are meant to be used) and waits for its epics to load. */
export async function openCell(
  frame: FrameLocator,
  solution: string,
  projectKey: string | null,
): Promise<Locator> {
  const cell = matrixCell(frame, solution, projectKey);
  await see(cell);
  await cell.focus();
  await cell.press('Enter');
  const dialog = frame.getByRole('dialog', { name: new RegExp(` in "${escape(solution)}"$`) });
  await see(dialog);
  await seeNoMore(dialog.getByText('Loading the epics…'));
  return dialog;
}

export async function closeCell(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Close' }).click();
  await seeNoMore(dialog);
}

/**
 * Links an epic to a solution from the contribution matrix: search by words of its summary,
 * choose it by key, say what the product contributes, link. Waits until the matrix counts it in
 * the epic's product.
 */
export async function linkEpic(
  frame: FrameLocator,
  solution: string,
  epic: { key: string; words: string; note: string },
): Promise<void> {
  const { key: epicKey, words, note } = epic;
  await frame.getByRole('button', { name: `Link epic to ${solution}` }).click();
  const dialog = frame.getByRole('dialog', { name: `Link an epic to "${solution}"` });
  await see(dialog);
  await dialog.getByLabel('Find an epic by key or words in its summary').fill(words);
  await dialog.getByRole('button', { name: 'Search' }).click();
  await dialog.getByRole('radio', { name: new RegExp(`^${escape(epicKey)} — `) }).check();
  await dialog.getByLabel('What this product contributes').fill(note);
  await dialog.getByRole('button', { name: 'Link epic' }).click();
  await seeNoMore(dialog);
  await see(matrixCell(frame, solution, epicKey.split('-')[0]));
}
