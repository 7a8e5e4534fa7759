import type { Contribution, Market, Priority, Product, Solution } from '../contract';
import {
  cellsOf,
  emptyShard,
  isEmptyProductRow,
  linkFact,
  newProductRow,
  priorityBrief,
  productLinksOf,
  shardOf,
  solutionRow,
  type LinkFact,
  type PriorityBrief,
  type ProductRow,
  type Shard,
  type SolutionRow,
} from './read-model';
import { groupBy, isLiveSolution } from './rules';

/**
 * The read model rebuilt in steps (an import's): each step reads a bounded page of records and
 * leaves, for every shard they fall in, a part with what they tell that shard; a last step per
 * shard assembles it from its parts. A part holds rows, never whole contributions: a solution's
 * row comes with its cells, and each contribution leaves only a `LinkFact` in its product's
 * shard. `assembleShard` of every part says exactly what `buildShards` of every record says.
 */
export interface ShardPart {
  markets: Market[];
  priorities: PriorityBrief[];
  solutions: SolutionRow[];
  products: Product[];
  links: LinkFact[];
}

const emptyShardPart = (): ShardPart => ({
  markets: [],
  priorities: [],
  solutions: [],
  products: [],
  links: [],
});

/** A page of records, a solution with ALL its contributions. */
export interface PageOfRecords {
  markets?: readonly Market[];
  priorities?: readonly Priority[];
  products?: readonly Product[];
  solutions?: readonly { solution: Solution; contributions: readonly Contribution[] }[];
}

/** The parts a page of records leaves, by shard; shards it has nothing for are left out. */
export function partsOf(page: PageOfRecords): Map<number, ShardPart> {
  const parts = new Map<number, ShardPart>();
  const at = (id: string) => {
    const index = shardOf(id);
    const part = parts.get(index) ?? emptyShardPart();
    parts.set(index, part);
    return part;
  };
  for (const m of page.markets ?? []) at(m.id).markets.push(m);
  for (const p of page.priorities ?? []) at(p.id).priorities.push(priorityBrief(p));
  for (const p of page.products ?? []) at(p.projectId).products.push(p);
  for (const { solution, contributions } of page.solutions ?? []) {
    at(solution.id).solutions.push(solutionRow(solution, cellsOf(contributions)));
    const live = isLiveSolution(solution);
    for (const c of contributions) at(c.projectId).links.push(linkFact(c, live));
  }
  return parts;
}

/**
 * One shard from every part left for it. `counted`: the shard's product rows as stored, whose
 * open-epic counts (Jira's, not ours) are kept; products with no record, no links and no count
 * are left out, as `buildShards` leaves them.
 */
export function assembleShard(parts: readonly ShardPart[], counted: readonly ProductRow[]): Shard {
  const shard = emptyShard();
  for (const part of parts) {
    for (const m of part.markets) shard.markets[m.id] = m;
    for (const p of part.priorities) shard.priorities[p.id] = p;
    for (const s of part.solutions) shard.solutions[s.id] = s;
  }
  const rows = new Map<string, ProductRow>();
  for (const row of counted)
    if (row.openEpics !== null) rows.set(row.projectId, { ...newProductRow(row), openEpics: row.openEpics });
  const links = groupBy(
    parts.flatMap((p) => p.links),
    ([projectId]) => projectId,
  );
  for (const [projectId, facts] of links) {
    const row = rows.get(projectId) ?? newProductRow({ projectId, projectKey: facts[0][1] });
    rows.set(projectId, { ...row, ...productLinksOf(facts) });
  }
  for (const p of parts.flatMap((part) => part.products)) {
    const row = rows.get(p.projectId) ?? newProductRow(p);
    const { projectKey, projectName, displayName, productLine, version } = p;
    rows.set(p.projectId, { ...row, projectKey, projectName, displayName, productLine, version });
  }
  for (const row of rows.values()) if (!isEmptyProductRow(row)) shard.products[row.projectId] = row;
  return shard;
}
