import { kvs, WhereConditions } from '@forge/kvs';
import { fail, type BackupCounts, type BackupSection, type Settings } from '../../contract';
import { kvsCall } from '../kvs-call';
import { MAX_OPERATIONS } from '../writes';

/**
 * An import's upload, staged in plain KVS keys until it is committed and written:
 * - `import-session`: the one import under way (begin replaces a finished or abandoned one);
 * - `import-part:<id>:<chunk>:<part>`: a chunk's records, split so each value stays under
 *   Forge's 240 KB (https://developer.atlassian.com/platform/forge/limits-kvs-ce);
 * - `import-receipt:<id>:<chunk>`: written in the same transaction as the chunk's parts, so a
 *   receipt means the whole chunk is stored. It holds the chunk's ids: which records to keep.
 */
const SESSION_KEY = 'import-session';
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
  /** The records' keys (ids; a product's project id). */
  ids: string[];
  at: string;
}

export interface StagedChunk {
  chunk: number;
  section: BackupSection;
  offset: number;
  records: { version: number }[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const receiptPrefix = (id: string) => `import-receipt:${id}:`;
const receiptKey = (id: string, chunk: number) => `${receiptPrefix(id)}${pad(chunk, 6)}`;
const partKey = (id: string, chunk: number, part: number) =>
  `import-part:${id}:${pad(chunk, 6)}:${pad(part, 3)}`;

export const staging = {
  session: async (): Promise<StagedImport | null> =>
    (await kvsCall(() => kvs.get<StagedImport>(SESSION_KEY))) ?? null,

  saveSession: (session: StagedImport) => kvsCall(() => kvs.set(SESSION_KEY, session)),

  /** Stores one chunk, its parts and receipt in ONE transaction: a resend overwrites it whole. */
  async putChunk(session: StagedImport, chunk: StagedChunk, ids: string[], at: string): Promise<void> {
    const parts = splitParts(chunk.records);
    if (parts.length + 1 > MAX_OPERATIONS) fail('LIMIT', 'This chunk is too large. Send at most 400 KB.');
    const receipt: Receipt = {
      chunk: chunk.chunk,
      section: chunk.section,
      offset: chunk.offset,
      count: chunk.records.length,
      parts: parts.length,
      ids,
      at,
    };
    const tx = kvs.transact();
    parts.forEach((records, part) => tx.set(partKey(session.id, chunk.chunk, part), records));
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

  /** The records of these chunks, in the order given; about 12 parts (≤ 2.4 MB) a request. */
  async readChunks(id: string, receipts: readonly Receipt[]): Promise<StagedChunk[]> {
    const keys = receipts.flatMap((r) =>
      Array.from({ length: r.parts }, (_, part) => partKey(id, r.chunk, part)),
    );
    const values = new Map<string, { version: number }[]>();
    for (let i = 0; i < keys.length; i += 12) {
      const batch = keys.slice(i, i + 12);
      const result = await kvsCall(() => kvs.batchGet<{ version: number }[]>(batch.map((key) => ({ key }))));
      if (result.failedKeys.length > 0)
        fail('UNAVAILABLE', 'Forge storage did not return every part of the staged backup.');
      for (const item of result.successfulKeys) values.set(item.key, item.value);
    }
    return receipts.map((r) => ({
      chunk: r.chunk,
      section: r.section,
      offset: r.offset,
      records: Array.from(
        { length: r.parts },
        (_, part) => values.get(partKey(id, r.chunk, part)) ?? [],
      ).flat(),
    }));
  },

  /** Deletes the import's staged chunks, then the session if it is still this import's. */
  async drop(id: string): Promise<void> {
    const receipts = await staging.receipts(id);
    const keys = receipts.flatMap((r) => [
      ...Array.from({ length: r.parts }, (_, part) => partKey(id, r.chunk, part)),
      receiptKey(id, r.chunk),
    ]);
    for (let i = 0; i < keys.length; i += MAX_OPERATIONS) {
      const tx = kvs.transact();
      keys.slice(i, i + MAX_OPERATIONS).forEach((key) => tx.delete(key));
      await kvsCall(() => tx.execute());
    }
    const session = await staging.session();
    if (session?.id === id) await kvsCall(() => kvs.delete(SESSION_KEY));
  },
};

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
