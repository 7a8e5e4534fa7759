import type { Contribution } from '../../contract';
import {
  directoryPartOf,
  DIRECTORY_PARTS,
  SHARDS,
  mergeDirectories,
  shardDirectory,
  shardOf,
  type Directory,
  type Shard,
  type ShardDirectory,
} from '../../domain';
import { batchRead, itemId } from '../reads';
import type { Operation } from '../writes';
import { decodeShard, encodeShard, type StoredLanding, type StoredLinked } from './codec';

/**
 * The values of the `read-model` entity (manifest.yml), each read by the views that need it:
 * - `landing-<i>` (SHARDS): markets, priority briefs, solution rows with their cells and product
 *   rows, as tables (codec.ts): what the portfolio page reads, ~1/3 of the objects' bytes;
 * - `linked-<i>`: each product's linked epic ids (only the daily reconcile reads them);
 * - `directory-<p>` (DIRECTORY_PARTS): solution names, priority markets and counts, derived from
 *   the shards (the panels' pickers, the settings page's counts);
 * - `epics-<solutionId>-<part>`: a solution's contributions, EPICS_PER_PART a value, so a panel
 *   batch-reads the siblings of its solutions instead of one index query per solution;
 * - `meta-v4`: when the model was built (absent: never built in this layout, rebuild it). v3 added
 *   each cell's open units and latest due date and each product's shared open epics (investment);
 *   v4 each cell's and shared group's estimate total and open epics without an estimate.
 */
export const READ_MODEL_ENTITY = 'read-model';
export const META_KEY = 'meta-v4';
/** The meta value of the layouts before: a rebuild keeps the date of their open-epic counts. */
export const OLD_META_KEYS = ['meta-v2', 'meta-v3'];
const landingKey = (i: number) => `landing-${i}`;
const linkedKey = (i: number) => `linked-${i}`;
const directoryKey = (p: number) => `directory-${p}`;
const epicsKey = (solutionId: string, part: number) => `epics-${solutionId}-${part}`;
/** ~600 bytes a contribution: ~60 KB a value, well inside KVS's 240 KiB. */
export const EPICS_PER_PART = 100;
/** The layout before this one, deleted by a rebuild. */
export const OLD_KEYS = [...Array.from({ length: SHARDS }, (_, i) => `shard-${i}`), 'meta', ...OLD_META_KEYS];

/** When the read model was built and when Jira's open-epic counts were last taken. */
export interface ReadModelMeta {
  builtAt: string;
  countedAt: string | null;
}

export interface Versioned<T> {
  /** null when nothing is stored yet (the write then expects the key absent). */
  version: number | null;
  value: T;
}

type StoredValue<T> = { version: number; record: T };
type DirectoryPart = Record<string, ShardDirectory>;

const item = (key: string) => ({ entity: READ_MODEL_ENTITY, key });
const read = <T>(found: Map<string, unknown>, key: string) =>
  found.get(itemId(READ_MODEL_ENTITY, key)) as StoredValue<T> | undefined;
const versioned = <T>(stored: StoredValue<T> | undefined, empty: T): Versioned<T> =>
  stored ? { version: stored.version, value: stored.record } : { version: null, value: empty };

export function allShards(): number[] {
  return Array.from({ length: SHARDS }, (_, i) => i);
}

const allParts = () => Array.from({ length: DIRECTORY_PARTS }, (_, p) => p);

/** What the landing reads: every shard's landing part and the meta value (two batches). */
export async function readLanding(indexes: Iterable<number> = allShards()): Promise<{
  shards: Map<number, Shard>;
  meta: Versioned<ReadModelMeta> | null;
}> {
  const wanted = [...new Set(indexes)];
  const found = await batchRead([...wanted.map((i) => item(landingKey(i))), item(META_KEY)]);
  const shards = new Map(
    wanted.map((i) => [i, decodeShard(read<StoredLanding>(found, landingKey(i))?.record)] as const),
  );
  const meta = read<ReadModelMeta>(found, META_KEY);
  return { shards, meta: meta ? versioned(meta, meta.record) : null };
}

/**
 * Each shard's landing version (null: none stored), in shard order: a stepwise rebuild notes them
 * when it starts, and writes a shard only if nothing else wrote it since. What a page load reads.
 */
export async function readLandingVersions(): Promise<(number | null)[]> {
  const found = await batchRead(allShards().map((i) => item(landingKey(i))));
  return allShards().map((i) => read<StoredLanding>(found, landingKey(i))?.version ?? null);
}

/** Every linked epic id (the reconcile's question "is this epic linked?"): one batch of 32 small values. */
export async function readLinkedEpicIds(): Promise<Set<string>> {
  const found = await batchRead(allShards().map((i) => item(linkedKey(i))));
  const ids = new Set<string>();
  for (const i of allShards())
    for (const list of Object.values(read<StoredLinked>(found, linkedKey(i))?.record ?? {}))
      list.forEach((id) => ids.add(id));
  return ids;
}

/**
 * The linked epic ids of these projects only (an epic picker's "already linked" badge): one batch
 * of the `linked-<i>` values of their shards, so the cost follows the projects on the page.
 */
export async function readLinkedEpicIdsOf(projectIds: readonly string[]): Promise<Set<string>> {
  const indexes = [...new Set(projectIds.map(shardOf))];
  if (indexes.length === 0) return new Set();
  const found = await batchRead(indexes.map((i) => item(linkedKey(i))));
  const ids = new Set<string>();
  for (const i of indexes) {
    const linked = read<StoredLinked>(found, linkedKey(i))?.record ?? {};
    for (const projectId of projectIds) (linked[projectId] ?? []).forEach((id) => ids.add(id));
  }
  return ids;
}

/** The keys of the directory and the meta value, to batch with a view's other reads. */
export const directoryItems = () => [...allParts().map((p) => item(directoryKey(p))), item(META_KEY)];

/** The directory (and whether the model is built) from a batch that read `directoryItems()`. */
export async function readDirectory(): Promise<{ directory: Directory; built: boolean }> {
  const { parts, built } = directoryFrom(await batchRead(directoryItems()));
  return { directory: mergeDirectories(parts), built };
}

export function directoryFrom(found: Map<string, unknown>): { parts: ShardDirectory[]; built: boolean } {
  const parts = allParts().flatMap((p) =>
    Object.values(read<DirectoryPart>(found, directoryKey(p))?.record ?? {}),
  );
  return { parts, built: read(found, META_KEY) !== undefined };
}

/** The keys of part 0 of these solutions' contributions (it says how many parts there are). */
export const epicsItems = (solutionIds: readonly string[]) => solutionIds.map((id) => item(epicsKey(id, 0)));

/** The solutions' contributions from a batch that read `epicsItems`, reading further parts if any. */
export async function epicsFrom(
  found: Map<string, unknown>,
  solutionIds: readonly string[],
): Promise<Contribution[]> {
  type Part = { parts: number; contributions: Contribution[] };
  const first = solutionIds.map((id) => read<Part>(found, epicsKey(id, 0))?.record);
  const more = solutionIds.flatMap((id, s) =>
    Array.from({ length: Math.max(0, (first[s]?.parts ?? 1) - 1) }, (_, k) => item(epicsKey(id, k + 1))),
  );
  const rest = more.length > 0 ? await batchRead(more) : new Map<string, unknown>();
  return [
    ...first.flatMap((part) => part?.contributions ?? []),
    ...more.flatMap(({ key }) => read<Part>(rest, key)?.record.contributions ?? []),
  ];
}

/**
 * A shard as a change reads it: the domain value to edit, and the stored parts (version and
 * bytes) so that only what moved is written, each conditional on the version read.
 */
interface ShardState extends Versioned<Shard> {
  stored: { landing: Stored; linked: Stored };
  /** The stepwise rebuild that wrote the landing part, if that was the last write (codec.ts). */
  rebuiltBy?: string;
}
interface Stored {
  version: number | null;
  json: string;
}

/** Shards and directory parts read for one change; `readForWrite` adds to it. */
export interface WriteState {
  shards: Map<number, ShardState>;
  directories: Map<number, Versioned<DirectoryPart>>;
}

const emptyWriteState = (): WriteState => ({ shards: new Map(), directories: new Map() });

/** Reads the shards (both parts) and their directory parts not yet in `state`: one batch for a few. */
export async function readForWrite(
  indexes: Iterable<number>,
  state = emptyWriteState(),
): Promise<WriteState> {
  const items = writeStateItems(indexes, state);
  if (items.length === 0) return state;
  return addToWriteState(await batchRead(items), indexes, state);
}

/**
 * The keys `readForWrite` would read for these shards (and `directoryParts`, e.g. all of them), to
 * batch with a change's other reads; `addToWriteState` takes them from that batch's answer.
 */
export function writeStateItems(
  indexes: Iterable<number>,
  state?: WriteState,
  directoryParts: Iterable<number> = [],
): { entity: string; key: string }[] {
  const wanted = [...new Set(indexes)].filter((i) => !state?.shards.has(i));
  const parts = [...new Set([...wanted.map(directoryPartOf), ...directoryParts])].filter(
    (p) => !state?.directories.has(p),
  );
  if (wanted.length === 0 && parts.length === 0) return [];
  return [
    ...wanted.flatMap((i) => [item(landingKey(i)), item(linkedKey(i))]),
    ...parts.map((p) => item(directoryKey(p))),
  ];
}

export function addToWriteState(
  found: Map<string, unknown>,
  indexes: Iterable<number>,
  state = emptyWriteState(),
  directoryParts: Iterable<number> = [],
): WriteState {
  const wanted = [...new Set(indexes)].filter((i) => !state.shards.has(i));
  const parts = [...new Set([...wanted.map(directoryPartOf), ...directoryParts])].filter(
    (p) => !state.directories.has(p),
  );
  for (const i of wanted) {
    const landing = read<StoredLanding>(found, landingKey(i));
    const linked = read<StoredLinked>(found, linkedKey(i));
    state.shards.set(i, {
      version: landing?.version ?? null,
      value: decodeShard(landing?.record, linked?.record),
      rebuiltBy: landing?.record.rebuiltBy,
      stored: {
        landing: { version: landing?.version ?? null, json: JSON.stringify(landing?.record ?? null) },
        linked: { version: linked?.version ?? null, json: JSON.stringify(linked?.record ?? {}) },
      },
    });
  }
  for (const p of parts) state.directories.set(p, versioned(read<DirectoryPart>(found, directoryKey(p)), {}));
  return state;
}

/** Every directory part, for a change that asks the directory about solutions in shards it did not read. */
export const allDirectoryParts = allParts;

/**
 * The writes that store these edited shards: each landing part (always: its version orders the
 * changes to a shard, and the contributions values written beside it), each linked part and
 * directory part that moved, all conditional on the versions read.
 */
export function shardOperations(state: WriteState, dirty: Iterable<number>, rebuiltBy?: string): Operation[] {
  const operations: Operation[] = [];
  const parts = new Set<number>();
  for (const i of new Set(dirty)) {
    const shard = state.shards.get(i)!;
    const { landing, linked } = encodeShard(shard.value);
    operations.push(
      conditionalSet(
        landingKey(i),
        shard.stored.landing.version,
        rebuiltBy ? { ...landing, rebuiltBy } : landing,
      ),
    );
    if (JSON.stringify(linked) !== shard.stored.linked.json)
      operations.push(conditionalSet(linkedKey(i), shard.stored.linked.version, linked));
    const p = directoryPartOf(i);
    const directory = state.directories.get(p)!;
    const next: DirectoryPart = { ...directory.value, [i]: shardDirectory(shard.value) };
    if (JSON.stringify(next[i]) !== JSON.stringify(directory.value[i])) {
      directory.value = next;
      parts.add(p);
    }
  }
  for (const p of parts) {
    const { version, value } = state.directories.get(p)!;
    operations.push(conditionalSet(directoryKey(p), version, value));
  }
  return operations;
}

/**
 * A solution's contributions, replacing `before` stored ones. Unconditional: the caller writes
 * the solution's landing shard in the same transaction, conditional on its version, and that
 * orders every change to this solution's contributions.
 */
export function epicsOperations(
  solutionId: string,
  contributions: readonly Contribution[],
  before: number,
): Operation[] {
  const parts = Math.ceil(contributions.length / EPICS_PER_PART);
  const operations: Operation[] = [];
  for (let k = 0; k < parts; k++)
    operations.push({
      kind: 'set',
      entity: READ_MODEL_ENTITY,
      key: epicsKey(solutionId, k),
      value: {
        version: 1,
        record: { parts, contributions: contributions.slice(k * EPICS_PER_PART, (k + 1) * EPICS_PER_PART) },
      },
      expect: 'any',
    });
  for (let k = parts; k < Math.ceil(before / EPICS_PER_PART); k++)
    operations.push({
      kind: 'delete',
      entity: READ_MODEL_ENTITY,
      key: epicsKey(solutionId, k),
      expect: 'any',
    });
  return operations;
}

/**
 * Deletes the stored parts of these solutions' contributions from part `keep[solution]` on
 * (0: all of them), however many were stored (part 0 says): an import leaves no value naming a
 * link it removed, nor a part past a solution's links. Part 0 goes last, so a step that fails
 * midway is finished by its retry.
 */
export async function trimEpicsOperations(keep: ReadonlyMap<string, number>): Promise<Operation[]> {
  const found = await batchRead(
    [...keep.keys()].map((id) => ({ entity: READ_MODEL_ENTITY, key: epicsKey(id, 0) })),
  );
  const operations: Operation[] = [];
  for (const [solutionId, parts] of keep) {
    const first = found.get(itemId(READ_MODEL_ENTITY, epicsKey(solutionId, 0))) as
      { record: { parts: number } } | undefined;
    for (let k = (first?.record.parts ?? 0) - 1; k >= parts; k--)
      operations.push({
        kind: 'delete',
        entity: READ_MODEL_ENTITY,
        key: epicsKey(solutionId, k),
        expect: 'any',
      });
  }
  return operations;
}

export function conditionalSet(key: string, version: number | null, value: unknown): Operation {
  return {
    kind: 'set',
    entity: READ_MODEL_ENTITY,
    key,
    value: { version: (version ?? 0) + 1, record: value as Record<string, unknown> },
    expect: version === null ? 'absent' : { version },
  };
}
