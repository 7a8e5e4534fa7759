import type { Contribution, Market, Priority, Product, Solution } from '../contract';
import { compareText } from './order';
import { epicProgress } from './readiness';
import { groupBy } from './rules';

/**
 * The read model (issue 8): what the portfolio's landing reads instead of every record. It is
 * kept as data, in SHARDS values, each record in the shard its id hashes to, so a change rewrites
 * one or two small values and the landing reads them all in one batch. Every number here is
 * recomputed from the records it summarises (never incremented), so a rebuild always agrees.
 */
/** 32 keeps each value near 150 KB at XL (100,000 epics), well inside KVS's 240 KiB per value. */
export const SHARDS = 32;

export type PriorityBrief = Pick<
  Priority,
  'id' | 'marketId' | 'title' | 'layer' | 'importance' | 'status' | 'version'
>;

/** One product's part in one solution: counts and readiness inputs, no epic keys or titles. */
export interface CellCounts {
  projectId: string;
  projectKey: string;
  epics: number;
  openEpics: number;
  /** Pooled child-issue units (domain/readiness.ts `epicProgress`). */
  done: number;
  total: number;
  /** Units not done in the open epics: the "open child issues" measure of investment. */
  openUnits: number;
  /** The open epics' estimates summed (the "estimate" measure; an epic without one adds 0). */
  estimate: number;
  /** Open epics with no estimate: the investment view says how many. */
  unestimated: number;
  /** The latest due date of these epics (YYYY-MM-DD), null when none has one. */
  due: string | null;
}

export type SolutionRow = Pick<Solution, 'id' | 'name' | 'status' | 'horizon' | 'priorityIds' | 'version'> & {
  cells: CellCounts[];
};

export type ProductRow = Pick<
  Product,
  'projectId' | 'projectKey' | 'projectName' | 'displayName' | 'productLine'
> & {
  /** The product record's version; null while the project has no record (never linked or saved). */
  version: number | null;
  /** Distinct epics of this project linked to any solution. */
  linkedEpics: number;
  /** Their ids, sorted: the daily reconcile reads only those Jira changed (never every link). */
  linkedEpicIds: string[];
  /** Distinct open epics linked to a live (not dropped) solution: balance's growth. */
  growth: number;
  /** Open epics in Jira (status category not done), as last counted; null before the first count. */
  openEpics: number | null;
  /**
   * Open epics linked to SEVERAL live solutions, grouped by those solutions (domain/investment.ts):
   * the solutions' cells count such an epic once each, investment counts it once in all.
   */
  shared: SharedEpics[];
};

/** Open epics of one product that serve exactly these live solutions (two or more, sorted ids). */
export interface SharedEpics {
  solutionIds: string[];
  openEpics: number;
  openUnits: number;
  estimate: number;
  unestimated: number;
}

export interface Shard {
  markets: Record<string, Market>;
  priorities: Record<string, PriorityBrief>;
  solutions: Record<string, SolutionRow>;
  products: Record<string, ProductRow>;
}

export const emptyShard = (): Shard => ({ markets: {}, priorities: {}, solutions: {}, products: {} });

/** The shard a record lives in: FNV-1a of its id (stable across deploys and runtimes). */
export function shardOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SHARDS;
}

export function priorityBrief(p: Priority): PriorityBrief {
  const { id, marketId, title, layer, importance, status, version } = p;
  return { id, marketId, title, layer, importance, status, version };
}

export function solutionRow(s: Solution, cells: CellCounts[]): SolutionRow {
  const { id, name, status, horizon, priorityIds, version } = s;
  return { id, name, status, horizon, priorityIds, version, cells };
}

const isOpen = (c: Pick<Contribution, 'snapshot'>) => c.snapshot.statusCategory !== 'done';
/** Snapshots kept before estimates existed have none (undefined reads as null). */
const hasEstimate = (c: Pick<Contribution, 'snapshot'>) => typeof c.snapshot.estimate === 'number';
const estimateOf = (c: Pick<Contribution, 'snapshot'>) => (hasEstimate(c) ? c.snapshot.estimate! : 0);

/** A solution's cells from ALL its contributions (hidden ones too), sorted by project key. */
export function cellsOf(contributions: readonly Contribution[]): CellCounts[] {
  const byProject = new Map<string, CellCounts>();
  for (const c of contributions) {
    const cell = byProject.get(c.projectId) ?? {
      projectId: c.projectId,
      projectKey: c.projectKey,
      epics: 0,
      openEpics: 0,
      done: 0,
      total: 0,
      openUnits: 0,
      estimate: 0,
      unestimated: 0,
      due: null,
    };
    const progress = epicProgress(c.snapshot);
    cell.epics += 1;
    cell.openEpics += isOpen(c) ? 1 : 0;
    cell.done += progress.done;
    cell.total += progress.total;
    cell.openUnits += isOpen(c) ? progress.total - progress.done : 0;
    cell.estimate += isOpen(c) ? estimateOf(c) : 0;
    cell.unestimated += isOpen(c) && !hasEstimate(c) ? 1 : 0;
    const due = c.snapshot.dueDate?.slice(0, 10) ?? null;
    if (due && (cell.due === null || due > cell.due)) cell.due = due;
    byProject.set(c.projectId, cell);
  }
  return [...byProject.values()].sort((a, b) => compareText(a.projectKey, b.projectKey));
}

/**
 * What one contribution tells its product's row: the epic, and, when it is open and its solution
 * live (growth work), that solution and the epic's open units. A product's row is computed from
 * these alone, so a rebuild in steps (read-model-parts.ts) can carry them between steps.
 * `[projectId, projectKey, epicId, growthSolutionId | null, openUnits, estimate | null]`.
 */
export type LinkFact = [
  projectId: string,
  projectKey: string,
  epicId: string,
  growth: string | null,
  openUnits: number,
  estimate: number | null,
];

export function linkFact(c: Contribution, live: boolean): LinkFact {
  const progress = epicProgress(c.snapshot);
  const growth = isOpen(c) && live;
  return [
    c.projectId,
    c.projectKey,
    c.epicId,
    growth ? c.solutionId : null,
    growth ? progress.total - progress.done : 0,
    growth && hasEstimate(c) ? estimateOf(c) : null,
  ];
}

/**
 * A product's link counts from ALL its contributions. `isLive(solutionId)` says whether a
 * solution still counts as growth work (unknown solutions do not).
 */
export function productLinks(
  contributions: readonly Contribution[],
  isLive: (solutionId: string) => boolean,
): Pick<ProductRow, 'linkedEpics' | 'linkedEpicIds' | 'growth' | 'shared'> {
  return productLinksOf(contributions.map((c) => linkFact(c, isLive(c.solutionId))));
}

/** A product's link counts from the facts of ALL its contributions. */
export function productLinksOf(
  facts: readonly LinkFact[],
): Pick<ProductRow, 'linkedEpics' | 'linkedEpicIds' | 'growth' | 'shared'> {
  const linked = new Set<string>();
  const growth = new Map<string, GrowthEpic>();
  for (const [, , epicId, solutionId, openUnits, estimate] of facts) {
    linked.add(epicId);
    if (solutionId === null) continue;
    const epic = growth.get(epicId) ?? {
      solutionIds: new Set(),
      openUnits,
      estimate: estimate ?? 0,
      estimated: estimate !== null,
    };
    epic.solutionIds.add(solutionId);
    growth.set(epicId, epic);
  }
  return {
    linkedEpics: linked.size,
    linkedEpicIds: [...linked].sort(),
    growth: growth.size,
    shared: sharedEpics(growth.values()),
  };
}

interface GrowthEpic {
  solutionIds: Set<string>;
  openUnits: number;
  estimate: number;
  estimated: boolean;
}

function sharedEpics(epics: Iterable<GrowthEpic>): SharedEpics[] {
  const groups = new Map<string, SharedEpics>();
  for (const epic of epics) {
    if (epic.solutionIds.size < 2) continue;
    const solutionIds = [...epic.solutionIds].sort();
    const key = solutionIds.join(' ');
    const group = groups.get(key) ?? { solutionIds, openEpics: 0, openUnits: 0, estimate: 0, unestimated: 0 };
    group.openEpics += 1;
    group.openUnits += epic.openUnits;
    group.estimate += epic.estimate;
    group.unestimated += epic.estimated ? 0 : 1;
    groups.set(key, group);
  }
  return [...groups.entries()].sort(([a], [b]) => compareText(a, b)).map(([, group]) => group);
}

/** A product row with nothing counted yet, from what the project record or a contribution knows. */
export function newProductRow(
  project: Pick<Product, 'projectId' | 'projectKey'> & Partial<Pick<Product, 'projectName'>>,
): ProductRow {
  return {
    projectId: project.projectId,
    projectKey: project.projectKey,
    projectName: project.projectName ?? project.projectKey,
    displayName: '',
    productLine: '',
    version: null,
    linkedEpics: 0,
    linkedEpicIds: [],
    growth: 0,
    openEpics: null,
    shared: [],
  };
}

/** A product row that says nothing: no record, no links, no open epics. Dropped from its shard. */
export function isEmptyProductRow(row: ProductRow): boolean {
  return row.version === null && row.linkedEpics === 0 && !row.openEpics;
}

/**
 * Every shard from every record: the rebuild after an import, and the first use of a portfolio
 * kept before the read model existed. `openEpics` comes from the previous rows (counts are Jira's,
 * not ours); products with no record, no links and no count are left out.
 */
export function buildShards(
  records: {
    markets: readonly Market[];
    priorities: readonly Priority[];
    solutions: readonly Solution[];
    contributions: readonly Contribution[];
    products: readonly Product[];
  },
  openEpics: ReadonlyMap<string, Pick<ProductRow, 'projectId' | 'projectKey' | 'projectName' | 'openEpics'>>,
): Shard[] {
  const shards = Array.from({ length: SHARDS }, emptyShard);
  const at = (id: string) => shards[shardOf(id)];
  const bySolution = groupBy(records.contributions, (c) => c.solutionId);
  const byProject = groupBy(records.contributions, (c) => c.projectId);
  const live = new Set(records.solutions.filter((s) => s.status !== 'dropped').map((s) => s.id));
  for (const m of records.markets) at(m.id).markets[m.id] = m;
  for (const p of records.priorities) at(p.id).priorities[p.id] = priorityBrief(p);
  for (const s of records.solutions)
    at(s.id).solutions[s.id] = solutionRow(s, cellsOf(bySolution.get(s.id) ?? []));
  const rows = new Map<string, ProductRow>();
  for (const counted of openEpics.values())
    rows.set(counted.projectId, { ...newProductRow(counted), openEpics: counted.openEpics });
  for (const [projectId, list] of byProject) {
    const row = rows.get(projectId) ?? newProductRow(list[0]);
    rows.set(projectId, { ...row, ...productLinks(list, (id) => live.has(id)) });
  }
  for (const p of records.products) {
    const row = rows.get(p.projectId) ?? newProductRow(p);
    const { projectKey, projectName, displayName, productLine, version } = p;
    rows.set(p.projectId, { ...row, projectKey, projectName, displayName, productLine, version });
  }
  for (const row of rows.values())
    if (!isEmptyProductRow(row)) at(row.projectId).products[row.projectId] = row;
  return shards;
}

/**
 * What the panels and the settings page need of the whole portfolio, far smaller than the shards:
 * every solution's name, status and epic count (the "link to a solution" picker, the record
 * counts), the market of every priority (so a panel reads priorities and their markets in one
 * batch), and counts. Derived from one shard, so it is rewritten with that shard and a rebuild
 * always agrees; DIRECTORY_PARTS values hold the shards' directories together.
 */
export const DIRECTORY_PARTS = 8;

export interface ShardDirectory {
  /**
   * `priorityIds`: which solutions a background delete of priorities must update or delete, found
   * without reading every solution (no KVS index holds a list). Absent in a part stored before it
   * was added: readers then fall back to the records.
   */
  solutions: Record<
    string,
    Pick<Solution, 'name' | 'status'> & {
      epics: number;
      priorityIds?: string[];
      /** Distinct contributing products: the integration index (absent in a part stored before). */
      products?: number;
    }
  >;
  /** priority id → market id */
  priorityMarkets: Record<string, string>;
  /**
   * Each priority's title and layer, and each market's name: with the solutions' names, what the
   * epics' `market-layer` issue properties say, so a backfill derives every property from the
   * directory and the links alone (absent in a part stored before: a rebuild writes them).
   */
  priorityNames?: Record<string, Pick<Priority, 'title' | 'layer'>>;
  marketNames?: Record<string, string>;
  markets: number;
  /** Products the layer knows: a record or linked epics (projects with open epics only are not counted). */
  products: number;
}

export const directoryPartOf = (shardIndex: number): number => shardIndex % DIRECTORY_PARTS;

export function shardDirectory(shard: Shard): ShardDirectory {
  const solutions: ShardDirectory['solutions'] = {};
  for (const s of Object.values(shard.solutions))
    solutions[s.id] = {
      name: s.name,
      status: s.status,
      epics: s.cells.reduce((n, c) => n + c.epics, 0),
      priorityIds: s.priorityIds,
      products: s.cells.length,
    };
  const priorityMarkets: Record<string, string> = {};
  const priorityNames: Record<string, Pick<Priority, 'title' | 'layer'>> = {};
  for (const p of Object.values(shard.priorities)) {
    priorityMarkets[p.id] = p.marketId;
    priorityNames[p.id] = { title: p.title, layer: p.layer };
  }
  const marketNames: Record<string, string> = {};
  for (const m of Object.values(shard.markets)) marketNames[m.id] = m.name;
  return {
    solutions,
    priorityMarkets,
    priorityNames,
    marketNames,
    markets: Object.keys(shard.markets).length,
    products: Object.values(shard.products).filter((p) => p.version !== null || p.linkedEpics > 0).length,
  };
}

/** The directories of every shard, merged. */
export interface Directory {
  solutions: Map<string, ShardDirectory['solutions'][string]>;
  priorityMarkets: Map<string, string>;
  /** Empty when every part was stored before they were added. */
  priorityNames: Map<string, Pick<Priority, 'title' | 'layer'>>;
  marketNames: Map<string, string>;
  counts: Record<'markets' | 'priorities' | 'solutions' | 'contributions' | 'products', number>;
}

export function mergeDirectories(parts: Iterable<ShardDirectory>): Directory {
  const solutions = new Map<string, ShardDirectory['solutions'][string]>();
  const priorityMarkets = new Map<string, string>();
  const priorityNames = new Map<string, Pick<Priority, 'title' | 'layer'>>();
  const marketNames = new Map<string, string>();
  let markets = 0;
  let products = 0;
  for (const part of parts) {
    for (const [id, s] of Object.entries(part.solutions)) solutions.set(id, s);
    for (const [id, m] of Object.entries(part.priorityMarkets)) priorityMarkets.set(id, m);
    for (const [id, p] of Object.entries(part.priorityNames ?? {})) priorityNames.set(id, p);
    for (const [id, name] of Object.entries(part.marketNames ?? {})) marketNames.set(id, name);
    markets += part.markets;
    products += part.products;
  }
  let contributions = 0;
  for (const s of solutions.values()) contributions += s.epics;
  return {
    solutions,
    priorityMarkets,
    priorityNames,
    marketNames,
    counts: { markets, priorities: priorityMarkets.size, solutions: solutions.size, contributions, products },
  };
}
