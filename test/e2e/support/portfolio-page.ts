import type { FrameLocator } from 'playwright-core';
import { see, seeNoMore } from './host';

/** Steps on the portfolio page (jira:globalPage) that several tests take. */

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

/**
 * Links an epic to a solution from the contribution matrix: search by words of its summary,
 * choose it by key, say what the product contributes, link. Waits until the matrix shows it.
 * (Searching by the key itself finds nothing today: the backend matches summaries only.)
 */
export async function linkEpic(
  frame: FrameLocator,
  solution: string,
  epic: { key: string; words: string; note: string },
): Promise<void> {
  const { key: epicKey, words, note } = epic;
  await frame.getByRole('button', { name: `Link an epic to ${solution}` }).click();
  const dialog = frame.getByRole('dialog', { name: `Link an epic to "${solution}"` });
  await see(dialog);
  await dialog.getByLabel('Find an epic by key or words in its summary').fill(words);
  await dialog.getByRole('button', { name: 'Search' }).click();
  await dialog.getByRole('radio', { name: new RegExp(`^${epicKey} — `) }).check();
  await dialog.getByLabel('What this product contributes (one line)').fill(note);
  await dialog.getByRole('button', { name: 'Link epic' }).click();
  await seeNoMore(dialog);
  await see(frame.getByRole('link', { name: new RegExp(`^${epicKey}: `) }));
}
