import { kvs, WhereConditions } from '@forge/kvs';
import { BACKUP_SECTIONS, fail, type BackupCounts, type BackupSection, type Settings } from '../../contract';
import type { IndexEntry } from '../backup-check';
import { kvsCall } from '../kvs-call';
import { MAX_OPERATIONS } from '../writes';

/**
 * An import's upload, staged in plain KVS keys until it is committed and written:
 * - `import-session`: the one import under way (begin replaces a finished or abandoned one);
 * - `import-part:<id>:<chunk>:<part>`: a chunk's records, split so each value stays under
 *   Forge's 240 KB (https://developer.atlassian.com/platform/forge/limits-kvs-ce);
 * - `import-index:<id>:<chunk>:<part>`: the chunk's index (each record's key and the ids it refers
 *   to, about a tenth of its bytes): what the commit checks the backup from, and what the import's
 *   removal keeps, without reading the records back;
 * - `import-receipt:<id>:<chunk>`: written in the same transaction as the chunk's parts and index,
 *   so a receipt means the whole chunk is stored. It is small (no ids): listing every receipt costs
 *   about 150 bytes a chunk.
 */
const SESSION_KEY = 'import-session';
/**
 * The marker the one-request import of earlier versions set while it wrote (`{startedAt,
 * accountId}`). Nothing reads it any more (an import's state is its job's); one left by an import
 * that stopped under an old version is deleted with the next import's staging.
 */
const OLD_MARKER_KEY = 'import-in-progress';
const PART_BYTES = 200 * 1024;

export interface StagedImport {
  id: string;
  fingerprint: string;
  startedAt: string;
  startedBy: string;
  format: number;
  exportedAt: string;
  settings: Settings | null;
  counts: BackupCounts;
  chunks: number;
  /** The import job, once committed (a later commit after a failure names the new one). */
  jobId: string | null;
}

export interface Receipt {
  chunk: number;
  section: BackupSection;
  offset: number;
  count: number;
  parts: number;
  /** Values holding the chunk's index (`IndexEntry`: key, then the ids the record refers to). */
  indexParts: number;
  at: string;
}

/**
 * A chunk as the import job's plan names it, in its arguments: the write steps read only the
 * parts of the chunks they write, never a receipt list that grows with the backup.
 * `[chunk, section (index in BACKUP_SECTIONS), records, parts]`.
 */
export type PlannedChunk = [chunk: number, section: number, count: number, parts: number];

export const planOf = (r: Receipt): PlannedChunk => [
  r.chunk,
  BACKUP_SECTIONS.indexOf(r.section),
  r.count,
  r.parts,
];

export interface StagedChunk {
  chunk: number;
  section: BackupSection;
  offset: number;
  records: { version: number }[];
}

export type ChunkRecords = Pick<StagedChunk, 'section' | 'records'>;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const receiptPrefix = (id: string) => `import-receipt:${id}:`;
const receiptKey = (id: string, chunk: number) => `${receiptPrefix(id)}${pad(chunk, 6)}`;
const partKey = (id: string, chunk: number, part: number) =>
  `import-part:${id}:${pad(chunk, 6)}:${pad(part, 3)}`;
const indexKey = (id: string, chunk: number, part: number) =>
  `import-index:${id}:${pad(chunk, 6)}:${pad(part, 3)}`;
const keysOf = (count: number, key: (part: number) => string) =>
  Array.from({ length: count }, (_, i) => key(i));

export const staging = {
  session: async (): Promise<StagedImport | null> =>
    (await kvsCall(() => kvs.get<StagedImport>(SESSION_KEY))) ?? null,

  saveSession: (session: StagedImport) => kvsCall(() => kvs.set(SESSION_KEY, session)),

  /** Stores one chunk, its parts and receipt in ONE transaction: a resend overwrites it whole. */
  async putChunk(session: StagedImport, chunk: StagedChunk, index: IndexEntry[], at: string): Promise<void> {
    const parts = splitParts(chunk.records);
    const indexParts = splitParts(index);
    if (parts.length + indexParts.length + 1 > MAX_OPERATIONS)
      fail('LIMIT', 'This chunk is too large. Send at most 400 KB.');
    const receipt: Receipt = {
      chunk: chunk.chunk,
      section: chunk.section,
      offset: chunk.offset,
      count: chunk.records.length,
      parts: parts.length,
      indexParts: indexParts.length,
      at,
    };
    const tx = kvs.transact();
    parts.forEach((records, part) => tx.set(partKey(session.id, chunk.chunk, part), records));
    indexParts.forEach((entries, part) => tx.set(indexKey(session.id, chunk.chunk, part), entries));
    tx.set(receiptKey(session.id, chunk.chunk), receipt);
    await kvsCall(() => tx.execute());
  },

  /** Every receipt of the import, in chunk order: one query page per 100 chunks. */
  async receipts(id: string): Promise<Receipt[]> {
    const found: Receipt[] = [];
    let cursor: string | undefined;
    do {
      let query = kvs
        .query()
        .where('key', WhereConditions.beginsWith(receiptPrefix(id)))
        .limit(100);
      if (cursor) query = query.cursor(cursor);
      const page = await kvsCall(() => query.getMany<Receipt>());
      found.push(...page.results.map((r) => r.value));
      cursor = page.nextCursor;
    } while (cursor);
    return found;
  },

  /** The records of these planned chunks, in the order given: only their own parts are read. */
  async readChunks(id: string, plan: readonly PlannedChunk[]): Promise<ChunkRecords[]> {
    const records = await readLists<{ version: number }>(
      plan.map(([chunk, , , parts]) => keysOf(parts, (part) => partKey(id, chunk, part))),
    );
    return plan.map(([, section], i) => ({ section: BACKUP_SECTIONS[section], records: records[i] }));
  },

  /**
   * The index of these chunks (not their records), in the order given. A chunk staged by an
   * earlier version has none: refused, never read as "the backup has nothing" (which would make
   * the import remove every live record).
   */
  readIndex(id: string, receipts: readonly Receipt[]): Promise<IndexEntry[][]> {
    if (receipts.some((r) => r.indexParts === undefined))
      fail(
        'CONFLICT',
        'This upload was stored by an earlier version of Market Layer. Import the backup file again.',
      );
    return readLists<IndexEntry>(
      receipts.map((r) => keysOf(r.indexParts, (part) => indexKey(id, r.chunk, part))),
    );
  },

  /** Deletes the import's staged chunks, then the session if it is still this import's. */
  async drop(id: string): Promise<void> {
    const receipts = await staging.receipts(id);
    const keys = receipts.flatMap((r) => [
      ...keysOf(r.parts, (part) => partKey(id, r.chunk, part)),
      ...keysOf(r.indexParts ?? 0, (part) => indexKey(id, r.chunk, part)),
      receiptKey(id, r.chunk),
    ]);
    for (let i = 0; i < keys.length; i += MAX_OPERATIONS) {
      const tx = kvs.transact();
      keys.slice(i, i + MAX_OPERATIONS).forEach((key) => tx.delete(key));
      await kvsCall(() => tx.execute());
    }
    const session = await staging.session();
    if (session?.id === id) await kvsCall(() => kvs.delete(SESSION_KEY));
    await kvsCall(() => kvs.delete(OLD_MARKER_KEY));
  },
};

/**
 * Each list joined from its values, read about 12 values (≤ 2.4 MB) a request; a value Forge
 * storage does not return fails the whole read rather than leaving a gap.
 */
async function readLists<T>(lists: readonly string[][]): Promise<T[][]> {
  const keys = lists.flat();
  const values = new Map<string, T[]>();
  for (let i = 0; i < keys.length; i += 12) {
    const batch = keys.slice(i, i + 12);
    const result = await kvsCall(() => kvs.batchGet<T[]>(batch.map((key) => ({ key }))));
    if (result.failedKeys.length > 0)
      fail('UNAVAILABLE', 'Forge storage did not return every part of the staged backup.');
    for (const item of result.successfulKeys) values.set(item.key, item.value);
  }
  if (values.size < keys.length)
    fail('UNAVAILABLE', 'Part of the staged backup is missing from Forge storage.');
  return lists.map((list) => list.flatMap((key) => values.get(key)!));
}

/** Consecutive runs of records, each under PART_BYTES as JSON. */
function splitParts<T>(records: readonly T[]): T[][] {
  const parts: T[][] = [];
  let current: T[] = [];
  let bytes = 2;
  for (const record of records) {
    const size = Buffer.byteLength(JSON.stringify(record)) + 1;
    if (current.length > 0 && bytes + size > PART_BYTES) {
      parts.push(current);
      current = [];
      bytes = 2;
    }
    current.push(record);
    bytes += size;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}
