import { kvs } from '@forge/kvs';
import { BACKUP_SECTIONS, fail, type Backup, type BackupSection, type Settings } from '../../contract';
import { kvsCall } from '../kvs-call';
import { fromStored, SETTINGS_KEY, settingsSpec, type EntitySpec, type Stored } from '../layout';
import { getRecord } from '../reads';
import { SECTION_SPECS } from './sections';

/** Forge's largest query page. */
const QUERY_PAGE = 100;

/**
 * Where the next export page starts: a section, the KVS cursor of the query page it is in, and
 * how many records of that query page the previous export page already took (KVS cursors only
 * point at query pages, and a page of the export must stop at a byte budget, not a page).
 */
export interface ExportCursor {
  section: number;
  kvsCursor: string | null;
  skip: number;
}

export type ExportRecords = Pick<Backup, BackupSection> & { settings: Settings | null };

export const encodeExportCursor = (c: ExportCursor): string =>
  Buffer.from(JSON.stringify([c.section, c.kvsCursor, c.skip])).toString('base64url');

/** The cursor a caller sent back; VALIDATION when it is not one we made. */
export function decodeExportCursor(text: string): ExportCursor {
  try {
    const [section, kvsCursor, skip] = JSON.parse(Buffer.from(text, 'base64url').toString()) as unknown[];
    if (
      Number.isInteger(section) &&
      (section as number) >= 0 &&
      (section as number) < BACKUP_SECTIONS.length &&
      (kvsCursor === null || (typeof kvsCursor === 'string' && kvsCursor.length < 1500)) &&
      Number.isInteger(skip) &&
      (skip as number) >= 0 &&
      (skip as number) < QUERY_PAGE
    )
      return { section: section as number, kvsCursor: kvsCursor as string | null, skip: skip as number };
  } catch {
    // fall through to the one answer for anything we did not make
  }
  return fail('VALIDATION', 'This export cursor is not one Market Layer gave. Start the export again.', {
    fields: { cursor: 'Not an export cursor' },
  });
}

/**
 * Records from `from` on, section by section in backup order, until the next record would take
 * the page past `budget` bytes of JSON. Settings come with every page (they are small).
 */
export async function exportPage(
  from: ExportCursor | null,
  budget: number,
): Promise<{ records: ExportRecords; next: ExportCursor | null }> {
  const settings = (await getRecord(settingsSpec, SETTINGS_KEY)) ?? null;
  const records: ExportRecords = {
    settings,
    markets: [],
    priorities: [],
    solutions: [],
    contributions: [],
    products: [],
  };
  let used = Buffer.byteLength(JSON.stringify(settings));
  let at: ExportCursor = from ?? { section: 0, kvsCursor: null, skip: 0 };
  while (at.section < BACKUP_SECTIONS.length) {
    const section = BACKUP_SECTIONS[at.section];
    const page = await queryPage(SECTION_SPECS[section], at.kvsCursor);
    const rows = page.values.slice(at.skip);
    for (const [i, value] of rows.entries()) {
      const record = fromStored(value);
      const size = Buffer.byteLength(JSON.stringify(record)) + 1;
      if (used + size > budget) return { records, next: { ...at, skip: at.skip + i } };
      (records[section] as unknown[]).push(record);
      used += size;
    }
    at = page.next
      ? { section: at.section, kvsCursor: page.next, skip: 0 }
      : { section: at.section + 1, kvsCursor: null, skip: 0 };
  }
  return { records, next: null };
}

async function queryPage(
  spec: EntitySpec<{ version: number }>,
  cursor: string | null,
): Promise<{ values: Stored<{ version: number }>[]; next: string | null }> {
  let builder = kvs
    .entity<Stored<{ version: number }>>(spec.entity)
    .query()
    .index(spec.listIndex)
    .limit(QUERY_PAGE);
  if (cursor) builder = builder.cursor(cursor);
  const page = await kvsCall(() => builder.getMany());
  return { values: page.results.map((r) => r.value), next: page.nextCursor ?? null };
}
