import type { createStore } from '../../../src/store';
import { buildShards, directoryPartOf, emptyShard, shardDirectory, type Shard } from '../../../src/domain';
import { INVESTMENT_MEASURES } from '../../../src/contract';
import { investmentOf } from '../../../src/domain';
import { mergeShards } from '../../../src/resolvers/portfolio/read-model-view';
import { figuresOf, investmentFromRecords, roundFigures } from './investment-reference';

type Store = ReturnType<typeof createStore>;

/**
 * The read model is kept by every change as it happens; it must always say what a rebuild from
 * every record would say: the stored shards against `buildShards` of the stored records, the
 * directory, each solution's contributions value, and investment.
 */
export async function expectReadModelAgreement(store: Store): Promise<void> {
  const { shards, directories } = await store.readModel.readWhole();
  const records = await store.readAll();
  const stored = [...shards.values()].map((s) => s.value);
  const counted = new Map(
    stored
      .flatMap((s) => Object.values(s.products))
      .filter((p) => p.openEpics !== null)
      .map((p) => [p.projectId, p]),
  );
  const rebuilt = buildShards(records, counted);
  expect(normalise(stored)).toEqual(normalise(rebuilt));
  // The directory says what each shard says, and each solution's contributions value lists them all.
  for (const i of shards.keys())
    expect([i, directories.get(directoryPartOf(i))!.value[i] ?? shardDirectory(emptyShard())]).toEqual([
      i,
      shardDirectory(rebuilt[i]),
    ]);
  const around = await store.readModel.readNeighbourhood(records.solutions.map((s) => s.id));
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  expect(around.contributions.sort(byId)).toEqual(records.contributions.sort(byId));
  // Investment from the stored rollups says what counting every epic of every record says.
  for (const measure of INVESTMENT_MEASURES) {
    const stored = investmentOf(mergeShards([...shards.values()].map((s) => s.value)), measure);
    expect(figuresOf(stored)).toEqual(roundFigures(investmentFromRecords(records, measure)));
  }
}

/** Versions of strategy records aside, a shard is a set of maps: compare them key-sorted. */
const normalise = (shards: Shard[]) =>
  shards.map((s) =>
    JSON.parse(
      JSON.stringify(s, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? sortKeys(v) : v)),
    ),
  );
const sortKeys = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
