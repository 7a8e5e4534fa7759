import { z } from 'zod';
import { BACKUP_FORMAT, type Backup } from './backup';
import { settings } from './entities';
import { isoTimestamp } from './fields';
import type { JobStatus } from './jobs';

/**
 * Moving a backup of any size through Forge's limits: a resolver answers at most 5 MB and takes
 * at most 500 KB (https://developer.atlassian.com/platform/forge/platform-quotas-and-limits/).
 * The export comes in pages the browser joins into one file; the import goes up in chunks that
 * are staged, checked as a whole, then written by a background job.
 */
export const EXPORT_PAGE_BYTES = 4 * 1024 * 1024;
export const IMPORT_CHUNK_BYTES = 400 * 1024;

/** The record lists of a backup, parents first (the order an import writes them in). */
export const BACKUP_SECTIONS = ['markets', 'priorities', 'solutions', 'contributions', 'products'] as const;
export type BackupSection = (typeof BACKUP_SECTIONS)[number];
export type BackupCounts = Record<BackupSection, number>;

/** One page of the export: this page's records as a backup, and where the next page starts. */
export interface BackupPage {
  backup: Backup;
  /** Pass it back as `cursor` for the next page; null on the last page. */
  next: string | null;
  /** Records the market layer holds (settings aside), for a progress bar. */
  total: number;
}

export const exportPageInput = z.strictObject({
  cursor: z.string().min(1).max(2000).optional(),
});

const count = z.number().int().min(0).max(10_000_000);

/** `admin.importBegin`: what is coming. Nested under `backup` so errors name `backup.format`. */
export const importBeginInput = z.strictObject({
  backup: z.strictObject({
    format: z.literal(BACKUP_FORMAT, { error: `Only backup format ${BACKUP_FORMAT} can be imported` }),
    // A day of the calendar and a time, as the backup says (its text reaches the import's messages).
    exportedAt: isoTimestamp,
    settings: settings.nullable(),
    counts: z.strictObject({
      markets: count,
      priorities: count,
      solutions: count,
      contributions: count,
      products: count,
    }),
  }),
  chunks: z.number().int().min(0).max(100_000),
  /** The browser's SHA-256 of the backup: the same file resumes its upload, another starts afresh. */
  fingerprint: z.string().regex(/^[A-Za-z0-9_-]{8,128}$/, 'A fingerprint is 8 to 128 letters or digits'),
});
export type ImportBegin = z.input<typeof importBeginInput>;

/**
 * `admin.importChunk`: records `offset`… of one section. The records are checked against their
 * schema after the permission check, so errors name them in the backup: `backup.priorities.3.marketId`.
 */
export const importChunkInput = z.strictObject({
  importId: z.string().regex(/^imp_[A-Za-z0-9]{6,40}$/, 'Not an import id'),
  chunk: z.number().int().min(0).max(100_000),
  section: z.enum(BACKUP_SECTIONS),
  offset: count,
  records: z.array(z.unknown()).min(1).max(100_000),
});
export type ImportChunk = z.input<typeof importChunkInput>;

export const importIdInput = z.strictObject({ importId: importChunkInput.shape.importId });

/** An import under way: the upload (which chunks are stored) and, once committed, its job. */
export interface ImportSession {
  id: string;
  fingerprint: string;
  exportedAt: string;
  counts: BackupCounts;
  chunks: number;
  /** Chunk numbers stored so far: a resumed upload sends only the others. */
  received: number[];
  startedAt: string;
  startedBy: string;
  /** The job writing the backup, once committed: its progress, or how it ended. */
  job: JobStatus | null;
}

export function backupCountsOf(data: Pick<Backup, BackupSection>): BackupCounts {
  return Object.fromEntries(BACKUP_SECTIONS.map((s) => [s, data[s].length])) as BackupCounts;
}

const encoder = new TextEncoder();
const bytesOf = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

/** Room left in a chunk for the envelope: ids, numbers and the section name. */
const CHUNK_ENVELOPE_BYTES = 256;

/**
 * A backup as `admin.importBegin` and the `admin.importChunk`s that carry it, each chunk at most
 * `maxBytes` as JSON. Every record fits a chunk: a stored record is at most 240 KB.
 */
export function splitBackup(
  backup: Backup,
  fingerprint: string,
  maxBytes = IMPORT_CHUNK_BYTES,
): { begin: ImportBegin; chunks: Omit<ImportChunk, 'importId'>[] } {
  const chunks: Omit<ImportChunk, 'importId'>[] = [];
  for (const section of BACKUP_SECTIONS) {
    let records: unknown[] = [];
    let offset = 0;
    let bytes = CHUNK_ENVELOPE_BYTES;
    const close = () => {
      if (records.length === 0) return;
      chunks.push({ chunk: chunks.length, section, offset, records });
      offset += records.length;
      records = [];
      bytes = CHUNK_ENVELOPE_BYTES;
    };
    for (const record of backup[section]) {
      const size = bytesOf(record) + 1;
      if (bytes + size > maxBytes) close();
      records.push(record);
      bytes += size;
    }
    close();
  }
  const { format, exportedAt, settings: saved } = backup;
  return {
    begin: {
      backup: { format, exportedAt, settings: saved, counts: backupCountsOf(backup) },
      chunks: chunks.length,
      fingerprint,
    },
    chunks,
  };
}

/** Adds one export page to the backup assembled so far (the first page starts it). */
export function joinPage(sofar: Backup | null, page: Backup): Backup {
  if (!sofar) return page;
  const joined = { ...sofar };
  for (const section of BACKUP_SECTIONS)
    (joined[section] as unknown[]) = [...sofar[section], ...page[section]];
  return joined;
}
