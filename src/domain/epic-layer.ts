import type { Contribution, Layer, Market, Priority, Solution } from '../contract';
import type { Directory } from './read-model';

/**
 * The issue property every linked epic carries, so Jira's own search, filters, boards and Plans
 * know the market layer (manifest.yml `jira:entityProperty` indexes each list; `marketLayer.*`).
 * Names for people, ids for the app's JQL functions (a fragment on ids stays true through renames).
 */
export const LAYER_PROPERTY_KEY = 'market-layer';

export interface EpicLayerProperty {
  solutionIds: string[];
  solutions: string[];
  marketIds: string[];
  markets: string[];
  priorityIds: string[];
  priorities: string[];
  layers: Layer[];
  /** The highest integration index (distinct contributing products) of the epic's solutions; 0 unlinked. */
  integrationIndex: number;
}

/** Which list of the property a JQL clause searches, by the path `jira:entityProperty` indexes. */
export type LayerPropertyPath = keyof Omit<EpicLayerProperty, 'integrationIndex'>;

/** `issue.property[market-layer].<path> in ("a", "b")`: JQL that needs no alias to be installed. */
export function layerClause(path: LayerPropertyPath, values: readonly string[]): string {
  const quoted = values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
  return `issue.property[${LAYER_PROPERTY_KEY}].${path} in (${quoted.join(', ')})`;
}

export interface EpicLayerInput {
  /** The epic's contributions. */
  contributions: readonly Contribution[];
  /** Its solutions, with every contribution of each (for the integration index). */
  solutions: readonly { solution: Solution; contributions: readonly Contribution[] }[];
  priorities: readonly Priority[];
  markets: readonly Market[];
}

const sorted = <T extends string>(values: Iterable<T>): T[] => [...new Set(values)].sort();

/** Records being deleted are already gone for the property: the job after the delete rewrites it. */
const live = <T extends { deleting?: string }>(records: readonly T[]) => records.filter((r) => !r.deleting);

/** An epic that serves no (live) solution: it carries no property at all. */
export const isUnlinkedLayer = (value: EpicLayerProperty): boolean => value.solutionIds.length === 0;

/** The property of one epic from its contributions and what they lead to; empty lists once unlinked. */
export function epicLayerProperty(input: EpicLayerInput): EpicLayerProperty {
  const linked = new Set(input.contributions.map((c) => c.solutionId));
  const solutions = input.solutions.filter((s) => linked.has(s.solution.id) && !s.solution.deleting);
  const priorityIds = new Set(solutions.flatMap((s) => s.solution.priorityIds));
  const liveMarkets = new Map(live(input.markets).map((m) => [m.id, m]));
  // A priority of a market being deleted goes with it, before the delete reaches the priority.
  const priorities = live(input.priorities).filter(
    (p) => priorityIds.has(p.id) && liveMarkets.has(p.marketId),
  );
  const markets = [...new Set(priorities.map((p) => p.marketId))].map((id) => liveMarkets.get(id)!);
  const integration = solutions.map((s) => new Set(s.contributions.map((c) => c.projectId)).size);
  return {
    solutionIds: sorted(solutions.map((s) => s.solution.id)),
    solutions: sorted(solutions.map((s) => s.solution.name)),
    marketIds: sorted(markets.map((m) => m.id)),
    markets: sorted(markets.map((m) => m.name)),
    priorityIds: sorted(priorities.map((p) => p.id)),
    priorities: sorted(priorities.map((p) => p.title)),
    layers: sorted(priorities.map((p) => p.layer)),
    integrationIndex: Math.max(0, ...integration),
  };
}

/**
 * The property of one epic from the read model's directory (domain/read-model.ts): what a
 * backfill of every linked epic uses, so a step reads the directory once and the links it pages,
 * never a record. The same value as `epicLayerProperty` gives from the records (records being
 * deleted aside: their delete rewrites the property when it finishes).
 */
export function epicLayerFromDirectory(
  solutionIds: readonly string[],
  directory: Directory,
): EpicLayerProperty {
  const solutions = [...new Set(solutionIds)].flatMap((id) => {
    const s = directory.solutions.get(id);
    return s ? [{ id, ...s }] : [];
  });
  const priorities = [...new Set(solutions.flatMap((s) => s.priorityIds ?? []))].flatMap((id) => {
    const names = directory.priorityNames.get(id);
    const marketId = directory.priorityMarkets.get(id);
    return names && marketId && directory.marketNames.has(marketId) ? [{ id, marketId, ...names }] : [];
  });
  const marketIds = [...new Set(priorities.map((p) => p.marketId))];
  return {
    solutionIds: sorted(solutions.map((s) => s.id)),
    solutions: sorted(solutions.map((s) => s.name)),
    marketIds: sorted(marketIds),
    markets: sorted(marketIds.map((id) => directory.marketNames.get(id)!)),
    priorityIds: sorted(priorities.map((p) => p.id)),
    priorities: sorted(priorities.map((p) => p.title)),
    layers: sorted(priorities.map((p) => p.layer)),
    integrationIndex: Math.max(0, ...solutions.map((s) => s.products ?? 0)),
  };
}
