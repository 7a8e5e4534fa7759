import { z } from 'zod';
import {
  AppFailure,
  BACKUP_SECTIONS,
  fail,
  type Backup,
  type BackupSection,
  type Contribution,
  type ImportChunk,
} from '../../contract';
import { pendingAudit } from '../audit';
import { assertConsistent, assertIndexConsistent, indexEntry, type IndexEntry } from '../backup-check';
import type { StoreContext } from '../context';
import { SETTINGS_KEY, settingsSpec } from '../layout';
import { listStretch, getRecord } from '../reads';
import { EPICS_PER_PART, trimEpicsOperations } from '../read-model/shards';
import { chunks as inGroups } from '../snapshots';
import { execute, MAX_OPERATIONS, Writes } from '../writes';
import { SECTION_SCHEMAS, SECTION_SPECS } from './sections';
import { staging, type ChunkRecords, type Receipt, type StagedImport } from './staging';

/** At most this many field errors travel back: a bad file never makes a large answer. */
const MAX_FIELD_ERRORS = 20;

/** The backup's sections children first: stale records go before their parents. */
const REMOVE_ORDER: readonly BackupSection[] = [
  'contributions',
  'solutions',
  'priorities',
  'markets',
  'products',
];

/**
 * Checks one chunk's records against their schema (after the caller's permission was checked)
 * and stages it. Errors name the records' place in the backup: `backup.priorities.3.marketId`.
 */
export async function stageChunk(
  ctx: StoreContext,
  session: StagedImport,
  input: Omit<ImportChunk, 'importId'>,
): Promise<void> {
  if (input.chunk >= session.chunks)
    fail('VALIDATION', `This import has ${session.chunks} chunks, numbered from 0.`, {
      fields: { chunk: `At most ${session.chunks - 1}` },
    });
  const declared = session.counts[input.section];
  if (input.offset + input.records.length > declared)
    fail('VALIDATION', `The backup declared ${declared} ${input.section}; this chunk goes past them.`, {
      fields: { offset: `At most ${declared - input.records.length}` },
    });
  const parsed = z.array(SECTION_SCHEMAS[input.section] as z.ZodType).safeParse(input.records);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const [index, ...rest] = issue.path.map(String);
      fields[[`backup.${input.section}.${input.offset + Number(index)}`, ...rest].join('.')] ??=
        issue.message;
    }
    refuse(`This chunk of the backup has records that cannot be imported; nothing was stored.`, fields);
  }
  const records = parsed.data as { version: number }[];
  const index = records.map((r) => indexEntry(input.section, r));
  await staging.putChunk(session, { ...input, records }, index, ctx.stamp());
}

/**
 * The staged backup as a whole, checked BEFORE anything live is touched: every chunk stored,
 * the sections as declared, no duplicate id, no reference to a record the backup lacks.
 * Answers the receipts in the order the import writes them (parents first).
 */
export async function checkStaged(session: StagedImport): Promise<Receipt[]> {
  const receipts = await staging.receipts(session.id);
  const stored = new Set(receipts.map((r) => r.chunk));
  const missing = Array.from({ length: session.chunks }, (_, i) => i).filter((i) => !stored.has(i));
  if (missing.length > 0)
    fail(
      'VALIDATION',
      `${missing.length} of ${session.chunks} chunks have not arrived yet; send them first.`,
      {
        fields: { chunks: `Missing: ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ', …' : ''}` },
      },
    );
  const ordered = writeOrder(receipts);
  // The chunks' index (keys and references), never their records: a tenth of the bytes.
  const indexes = await staging.readIndex(session.id, ordered);
  const index: Record<BackupSection, IndexEntry[]> = {
    markets: [],
    priorities: [],
    solutions: [],
    contributions: [],
    products: [],
  };
  const fields: Record<string, string> = {};
  ordered.forEach((receipt, i) => {
    const list = index[receipt.section];
    if (receipt.offset !== list.length)
      fields[`backup.${receipt.section}.${list.length}`] ??=
        `Chunk ${receipt.chunk} starts at ${receipt.offset}, not ${list.length}: a chunk overlaps another or is missing`;
    list.push(...indexes[i]);
  });
  for (const section of BACKUP_SECTIONS)
    if (index[section].length !== session.counts[section])
      fields[`backup.${section}`] ??=
        `The backup declared ${session.counts[section]} ${section}; ${index[section].length} arrived`;
  if (Object.keys(fields).length > 0)
    refuse('The staged backup is not complete; nothing was imported.', fields);
  inBackupTerms(() => assertIndexConsistent(index));
  return ordered;
}

/** Duplicate ids and references across the whole backup; fields named in it: `backup.priorities.3.marketId`. */
export const checkWhole = (backup: Backup): void => inBackupTerms(() => assertConsistent(backup));

/** The check's field errors named in the backup (`backup.priorities.3.marketId`), at most MAX_FIELD_ERRORS. */
function inBackupTerms(check: () => void): void {
  try {
    check();
  } catch (error) {
    if (!(error instanceof AppFailure) || !error.error.fields) throw error;
    refuse(
      error.error.message,
      Object.fromEntries(
        Object.entries(error.error.fields).map(([path, message]) => [`backup.${path}`, message]),
      ),
    );
  }
}

/** Parents first: sections in backup order, chunks in offset order within each. */
export function writeOrder(receipts: readonly Receipt[]): Receipt[] {
  const rank = (r: Receipt) => BACKUP_SECTIONS.indexOf(r.section);
  return [...receipts].sort((a, b) => rank(a) - rank(b) || a.offset - b.offset);
}

/** VALIDATION with at most MAX_FIELD_ERRORS fields, saying how many there were. */
function refuse(message: string, fields: Record<string, string>): never {
  const paths = Object.keys(fields);
  const shown = Object.fromEntries(paths.slice(0, MAX_FIELD_ERRORS).map((p) => [p, fields[p]]));
  const more =
    paths.length > MAX_FIELD_ERRORS
      ? ` The first ${MAX_FIELD_ERRORS} of ${paths.length} problems are listed.`
      : '';
  return fail('VALIDATION', `${message}${more}`, { fields: shown });
}

/**
 * Removes a stretch of live records the backup does not have (`backup`: the section's index by
 * key): `max` looked at, children first. Links leaving a solution (removed, or another solution's
 * in the backup) also take the solution's stored parts past what the backup fills: the rebuild
 * at the end rewrites the others, and nothing of a removed link stays behind.
 */
export async function removeStale(
  sectionIndex: number,
  from: string | null,
  backup: ReadonlyMap<string, IndexEntry>,
  max: number,
): Promise<{ removed: number; next: string | null }> {
  const section = REMOVE_ORDER[sectionIndex];
  const spec = SECTION_SPECS[section];
  const { records, next } = await listStretch(spec, from, max);
  const stale = records.filter((r) => !backup.has(spec.key(r)));
  for (const group of inGroups(stale, MAX_OPERATIONS)) {
    const writes = new Writes('caller');
    for (const record of group) writes.remove(spec, record, 'any');
    await writes.commit('');
  }
  if (section === 'contributions') await trimLeavingLinks(records as Contribution[], backup);
  return { removed: stale.length, next };
}

/** The solutions these live links leave: their per-solution values trimmed to the backup's links. */
async function trimLeavingLinks(live: readonly Contribution[], backup: ReadonlyMap<string, IndexEntry>) {
  const leaving = new Set(
    live.filter((c) => backup.get(c.id)?.[1] !== c.solutionId).map((c) => c.solutionId),
  );
  if (leaving.size === 0) return;
  const links = new Map<string, number>();
  for (const [, solutionId] of backup.values())
    if (leaving.has(solutionId)) links.set(solutionId, (links.get(solutionId) ?? 0) + 1);
  const keep = new Map([...leaving].map((id) => [id, Math.ceil((links.get(id) ?? 0) / EPICS_PER_PART)]));
  for (const group of inGroups(await trimEpicsOperations(keep), MAX_OPERATIONS)) await execute(group, '');
}

export const REMOVE_SECTIONS = REMOVE_ORDER.length;
export const removeSection = (index: number): BackupSection => REMOVE_ORDER[index];

/** Writes staged chunks' records as they are in the backup (versions included), 25 a transaction. */
export async function writeStaged(chunks: readonly ChunkRecords[]): Promise<number> {
  let written = 0;
  for (const chunk of chunks) {
    const spec = SECTION_SPECS[chunk.section];
    for (const group of inGroups(chunk.records, MAX_OPERATIONS)) {
      const writes = new Writes('caller');
      // Unconditional: the backup's records and versions are the ones to keep.
      for (const record of group) writes.put(spec, record, 'any');
      await writes.commit('');
      written += group.length;
    }
  }
  return written;
}

/**
 * The last writes of records: the backup's settings (or none) and the `import` entry on the
 * settings trail (the job then rebuilds the read model in steps). Safe to repeat.
 */
export async function finishImport(
  ctx: StoreContext,
  session: StagedImport,
  accountId: string,
): Promise<void> {
  const at = ctx.stamp();
  const writes = new Writes();
  if (session.settings) writes.put(settingsSpec, session.settings, 'any');
  else {
    const live = await getRecord(settingsSpec, SETTINGS_KEY);
    if (live) writes.remove(settingsSpec, live, 'any');
  }
  const summary = `Imported a backup exported ${session.exportedAt}: ${BACKUP_SECTIONS.map(
    (s) => `${session.counts[s]} ${s}`,
  ).join(', ')}`;
  writes.audit(
    pendingAudit(at, {
      type: 'settings',
      id: 'settings',
      event: 0,
      action: 'import',
      accountId,
      changes: {},
      summary,
    }),
  );
  await writes.commit('');
}
