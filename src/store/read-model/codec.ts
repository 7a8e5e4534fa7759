import type { CellCounts, ProductRow, Shard, SolutionRow } from '../../domain';

/**
 * How a shard sits in storage. The landing reads every shard, and KVS counts reads in 10 KB
 * units, so the landing part is stored as tables (the field names once, then one array per
 * record) instead of objects that repeat every field name and id: about a third of the bytes.
 * The linked epic ids, which only the reconcile reads, are stored apart.
 */
interface Table {
  columns: string[];
  rows: unknown[][];
}

export interface StoredLanding {
  markets: Table;
  priorities: Table;
  /** Each row's `cells` column holds rows of CELL_COLUMNS. */
  solutions: Table;
  /** Without `linkedEpicIds`; the `shared` column holds SharedRow lists. */
  products: Table;
  /**
   * Which stepwise rebuild wrote this value (`<import id>:<round>`), so a rebuild step delivered
   * again after it wrote the shard knows it did; the next change's write drops it.
   */
  rebuiltBy?: string;
}

/** projectId → its linked epic ids, sorted (ProductRow.linkedEpicIds). */
export type StoredLinked = Record<string, string[]>;

const CELL_COLUMNS = [
  'projectId',
  'projectKey',
  'epics',
  'openEpics',
  'done',
  'total',
  'openUnits',
  'due',
  'estimate',
  'unestimated',
] as const;

/** A product's shared open epics as rows: [solutionIds, openEpics, openUnits, estimate, unestimated]. */
type SharedRow = [string[], number, number, number, number];

function columnsOf(items: readonly object[]): string[] {
  return [...new Set(items.flatMap((item) => Object.keys(item)))].sort();
}

function pack(items: readonly object[], columns = columnsOf(items)): Table {
  return {
    columns,
    rows: items.map((item) => columns.map((c) => (item as Record<string, unknown>)[c] ?? null)),
  };
}

function unpack<T>(table: Table): T[] {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i]])) as T);
}

export function encodeShard(shard: Shard): { landing: StoredLanding; linked: StoredLinked } {
  const linked: StoredLinked = {};
  const products = Object.values(shard.products).map(({ linkedEpicIds, shared, ...row }) => {
    if (linkedEpicIds.length > 0) linked[row.projectId] = linkedEpicIds;
    return {
      ...row,
      shared: shared.map((g): SharedRow => [
        g.solutionIds,
        g.openEpics,
        g.openUnits,
        g.estimate,
        g.unestimated,
      ]),
    };
  });
  const solutions = Object.values(shard.solutions).map((s) => ({
    ...s,
    cells: s.cells.map((cell) => CELL_COLUMNS.map((c) => cell[c])),
  }));
  return {
    landing: {
      markets: pack(Object.values(shard.markets)),
      priorities: pack(Object.values(shard.priorities)),
      solutions: pack(solutions),
      products: pack(products),
    },
    linked,
  };
}

/** The shard from its stored parts; without `linked`, every product's linkedEpicIds is empty. */
export function decodeShard(landing: StoredLanding | undefined, linked: StoredLinked = {}): Shard {
  const shard: Shard = { markets: {}, priorities: {}, solutions: {}, products: {} };
  if (!landing) return shard;
  for (const m of unpack<Shard['markets'][string]>(landing.markets)) shard.markets[m.id] = m;
  for (const p of unpack<Shard['priorities'][string]>(landing.priorities)) shard.priorities[p.id] = p;
  for (const s of unpack<Omit<SolutionRow, 'cells'> & { cells: unknown[][] }>(landing.solutions)) {
    const cells = s.cells.map(
      (row) => Object.fromEntries(CELL_COLUMNS.map((c, i) => [c, row[i]])) as unknown as CellCounts,
    );
    shard.solutions[s.id] = { ...s, cells };
  }
  type StoredProduct = Omit<ProductRow, 'linkedEpicIds' | 'shared'> & { shared: SharedRow[] | null };
  for (const { shared, ...p } of unpack<StoredProduct>(landing.products))
    shard.products[p.projectId] = {
      ...p,
      linkedEpicIds: linked[p.projectId] ?? [],
      shared: (shared ?? []).map(([solutionIds, openEpics, openUnits, estimate, unestimated]) => ({
        solutionIds,
        openEpics,
        openUnits,
        estimate,
        unestimated,
      })),
    };
  return shard;
}
