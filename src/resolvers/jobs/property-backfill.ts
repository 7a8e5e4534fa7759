import type { Contribution } from '../../contract';
import { epicLayerFromDirectory, type Directory } from '../../domain';
import type { Deps } from '../../deps';
import { writeLayers } from '../layer/sync';

/**
 * Links read per backfill step: ten query pages, then at most ten bulk property writes (100 epics
 * each): ~2 s with Jira at 100 ms and storage at 20 ms a request, whatever the portfolio's size.
 */
export const LINKS_PER_PROPERTY_STEP = 1_000;
/** Epics carrying the property looked at per step of the clean-up: one search page of ids. */
export const STALE_PER_STEP = 1_000;

/**
 * Where the backfill of the `market-layer` issue property resumes (issue 11): first every linked
 * epic's property is written, a stretch of the links in epic order a step (`carry`: the last epic
 * of a stretch, whose links may go on in the next); then the epics that carry the property but are
 * no longer linked (an import of a smaller backup, links removed while Jira was away) lose it,
 * a page of ids a step in id order.
 */
export type PropertyCursor =
  | {
      part: 'write';
      from: string | null;
      carry: { epicId: string; solutionIds: string[] } | null;
      links: number;
      epics: number;
    }
  | { part: 'stale'; afterId: string | null; epics: number; removed: number };

export const firstPropertyCursor = (): PropertyCursor => ({
  part: 'write',
  from: null,
  carry: null,
  links: 0,
  epics: 0,
});

export interface PropertyStep {
  cursor: PropertyCursor;
  /** What the job's stage says, with the counts so far. */
  stage: string;
  /** Both parts are over: what the finished job reports. */
  finished?: string;
}

const count = (n: number) => n.toLocaleString('en');

/** One bounded step of the backfill. Safe to repeat: every write is the whole value from what is stored. */
export async function backfillStep(deps: Deps, cursor: PropertyCursor): Promise<PropertyStep> {
  return cursor.part === 'write' ? writeStep(deps, cursor) : staleStep(deps, cursor);
}

async function writeStep(
  deps: Deps,
  cursor: Extract<PropertyCursor, { part: 'write' }>,
): Promise<PropertyStep> {
  const [{ directory }, { records, next }] = await Promise.all([
    deps.store.readModel.readDirectory(),
    deps.store.contributions.listStretchByEpic(cursor.from, LINKS_PER_PROPERTY_STEP),
  ]);
  const byEpic = new Map<string, string[]>();
  if (cursor.carry) byEpic.set(cursor.carry.epicId, [...cursor.carry.solutionIds]);
  for (const c of records) byEpic.set(c.epicId, [...(byEpic.get(c.epicId) ?? []), c.solutionId]);
  // The last epic's links may go on in the next stretch: it is written with them.
  const last = records.at(-1) as Contribution | undefined;
  const carry = next !== null && last ? { epicId: last.epicId, solutionIds: byEpic.get(last.epicId)! } : null;
  if (carry) byEpic.delete(carry.epicId);
  const names = byEpic.size > 0 ? await namesOf(deps, directory) : directory;
  await writeLayers(
    deps,
    [...byEpic].map(([issueId, solutionIds]) => ({
      issueId,
      value: epicLayerFromDirectory(solutionIds, names),
    })),
  );
  const links = cursor.links + records.length;
  const epics = cursor.epics + byEpic.size;
  if (next !== null)
    return {
      cursor: { ...cursor, from: next, carry, links, epics },
      stage: `writing the market layer to linked epics in Jira (${count(links)} of ${count(directory.counts.contributions)} links)`,
    };
  return {
    cursor: { part: 'stale', afterId: null, epics, removed: 0 },
    stage: `removing the market layer from epics no longer linked (${count(epics)} linked epics written)`,
  };
}

async function staleStep(
  deps: Deps,
  cursor: Extract<PropertyCursor, { part: 'stale' }>,
): Promise<PropertyStep> {
  // Epics whose property names any solution, in id order from where the last step stopped.
  const after = cursor.afterId === null ? '' : ` AND id > ${cursor.afterId}`;
  const jql = `issue.property[market-layer].solutionIds is not EMPTY${after} ORDER BY id ASC`;
  const [{ ids, more }, linked] = await Promise.all([
    deps.jira.issueIdPage(jql, STALE_PER_STEP),
    deps.store.readModel.readLinkedEpicIds(),
  ]);
  const stale = ids.filter((id) => !linked.has(id));
  if (stale.length > 0)
    await writeLayers(
      deps,
      stale.map((issueId) => ({ issueId, value: unlinked })),
    );
  const removed = cursor.removed + stale.length;
  const afterId = ids.at(-1) ?? cursor.afterId;
  const stage = `removing the market layer from epics no longer linked (${count(removed)} so far)`;
  if (more) return { cursor: { ...cursor, afterId, removed }, stage };
  const gone = removed > 0 ? `; removed from ${count(removed)} epics no longer linked` : '';
  return {
    cursor: { ...cursor, afterId, removed },
    stage,
    finished: `the market layer written to ${count(cursor.epics)} linked epics in Jira${gone}`,
  };
}

const unlinked = epicLayerFromDirectory([], {
  solutions: new Map(),
  priorityMarkets: new Map(),
  priorityNames: new Map(),
  marketNames: new Map(),
  counts: { markets: 0, priorities: 0, solutions: 0, contributions: 0, products: 0 },
});

/**
 * The directory with every priority's and market's name. Parts stored before the names were
 * added lack them until their shard is next written: then the names come from the records (one
 * list of priorities and one of markets, bounded by the strategy's size, not the epics').
 */
async function namesOf(deps: Deps, directory: Directory): Promise<Directory> {
  if ([...directory.priorityMarkets.keys()].every((id) => directory.priorityNames.has(id))) return directory;
  const [priorities, markets] = await Promise.all([deps.store.priorities.list(), deps.store.markets.list()]);
  return {
    ...directory,
    priorityNames: new Map(priorities.map((p) => [p.id, { title: p.title, layer: p.layer }])),
    marketNames: new Map(markets.map((m) => [m.id, m.name])),
  };
}
