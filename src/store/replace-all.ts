import { kvs } from '@forge/kvs';
import type { Backup } from '../contract';
import { backup as backupSchema } from '../contract';
import { pendingAudit } from './audit';
import { assertConsistent } from './backup-check';
import type { StoreContext } from './context';
import { kvsCall } from './kvs-call';
import {
  contributionSpec,
  marketSpec,
  prioritySpec,
  productSpec,
  settingsSpec,
  solutionSpec,
  type EntitySpec,
} from './layout';
import { readAll, type AllRecords } from './read-all';
import { validated } from './records';
import { chunks } from './snapshots';
import { rebuildReadModel } from './read-model/maintain';
import { MAX_OPERATIONS, Writes } from './writes';

/** Plain KVS key marking an import that has started and not finished. */
const IMPORT_MARKER = 'import-in-progress';

export interface ImportMarker {
  startedAt: string;
  accountId: string;
}

type Row = { spec: EntitySpec<{ version: number }>; record: { version: number } };
const rows = <T extends { version: number }>(spec: EntitySpec<T>, records: readonly T[]): Row[] =>
  records.map((record) => ({ spec: spec as unknown as Row['spec'], record }));

/** Parents first, so a half-finished import never holds a child without its parent. */
function inWriteOrder(data: AllRecords): Row[] {
  return [
    ...rows(marketSpec, data.markets),
    ...rows(prioritySpec, data.priorities),
    ...rows(solutionSpec, data.solutions),
    ...rows(contributionSpec, data.contributions),
    ...rows(productSpec, data.products),
    ...rows(settingsSpec, data.settings ? [data.settings] : []),
  ];
}

/**
 * Replaces every record with the backup's. A backup is far bigger than one transaction (25
 * operations), so the import is NOT atomic as a whole; it is made safe instead:
 * 1. everything is validated first (schema, duplicate ids, references), so a bad file writes nothing;
 * 2. a marker (`importInProgress`) is set before the first write and cleared after the last;
 * 3. records missing from the backup are deleted children first, then the backup is written
 *    parents first, each chunk one transaction, so no chunk leaves an orphan;
 * 4. the result depends only on the backup, so after a failure (UNAVAILABLE) running the same
 *    import again finishes the job.
 * Audit entries are kept; one `import` entry on the settings trail records who imported what.
 */
export async function replaceAll(ctx: StoreContext, input: Backup, accountId: string) {
  const incoming = validated(backupSchema, input);
  assertConsistent(incoming);
  const at = ctx.stamp();
  await kvsCall(() => kvs.set<ImportMarker>(IMPORT_MARKER, { startedAt: at, accountId }));

  const keep = new Set(
    inWriteOrder(incoming).map(({ spec, record }) => `${spec.entity}/${spec.key(record)}`),
  );
  const stale = inWriteOrder(await readAll())
    .filter(({ spec, record }) => !keep.has(`${spec.entity}/${spec.key(record)}`))
    .reverse();
  for (const chunk of chunks(stale, MAX_OPERATIONS)) {
    const writes = new Writes('caller');
    for (const { spec, record } of chunk) writes.remove(spec, record, 'any');
    await writes.commit('A record changed while the import was removing it. Run the import again.');
  }
  for (const chunk of chunks(inWriteOrder(incoming), MAX_OPERATIONS)) {
    const writes = new Writes('caller');
    // Unconditional: the backup's records and versions are the ones to keep.
    for (const { spec, record } of chunk) writes.put(spec, record, 'any');
    await writes.commit('A record changed while the import was writing it. Run the import again.');
  }

  const counts = {
    markets: incoming.markets.length,
    priorities: incoming.priorities.length,
    solutions: incoming.solutions.length,
    contributions: incoming.contributions.length,
    products: incoming.products.length,
  };
  const summary = `Imported a backup exported ${incoming.exportedAt}: ${Object.entries(counts)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ')}`;
  const entry = {
    type: 'settings' as const,
    id: 'settings',
    event: 0,
    action: 'import' as const,
    accountId,
    changes: {},
    summary,
  };
  await new Writes().audit(pendingAudit(at, entry)).commit('');
  // The shards are rebuilt once from what was imported, not chunk by chunk.
  await rebuildReadModel(at);
  await kvsCall(() => kvs.delete(IMPORT_MARKER));
  return counts;
}

/** An import that started and did not finish; run it again to complete it. */
export async function importInProgress(): Promise<ImportMarker | null> {
  return (await kvsCall(() => kvs.get<ImportMarker>(IMPORT_MARKER))) ?? null;
}
