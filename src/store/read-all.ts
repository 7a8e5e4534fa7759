import type { Backup } from '../contract';
import {
  contributionSpec,
  marketSpec,
  prioritySpec,
  productSpec,
  settingsSpec,
  solutionSpec,
  SETTINGS_KEY,
} from './layout';
import { getRecord, listRecords } from './reads';

/** Every record, as the backup and the views need them; settings never saved are `null`. */
export type AllRecords = Omit<Backup, 'format' | 'exportedAt'>;

/** One paged index query per entity (100 a page), run side by side; never one get per record. */
export async function readAll(): Promise<AllRecords> {
  const [settings, markets, priorities, solutions, contributions, products] = await Promise.all([
    getRecord(settingsSpec, SETTINGS_KEY),
    listRecords(marketSpec),
    listRecords(prioritySpec),
    listRecords(solutionSpec),
    listRecords(contributionSpec),
    listRecords(productSpec),
  ]);
  return { settings: settings ?? null, markets, priorities, solutions, contributions, products };
}
