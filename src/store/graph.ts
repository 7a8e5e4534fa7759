import type { Contribution, Priority, Solution } from '../contract';
import type { PortfolioData, RecordType } from '../domain';
import { contributionSpec, marketSpec, prioritySpec, solutionSpec } from './layout';
import { getRecord, listRecords, listWhere } from './reads';

/**
 * The part of the portfolio a delete of (type, id) can reach, loaded through the indexes, so
 * the domain's `dependentsOf` and `cascadePlan` see everything they need and nothing more.
 */
export async function loadReach(type: RecordType, id: string): Promise<PortfolioData> {
  switch (type) {
    case 'contribution': {
      const c = await getRecord(contributionSpec, id);
      return { markets: [], priorities: [], solutions: [], contributions: c ? [c] : [] };
    }
    case 'solution': {
      const s = await getRecord(solutionSpec, id);
      const contributions = s ? await listWhere(contributionSpec, 'solutionId', id) : [];
      return { markets: [], priorities: [], solutions: s ? [s] : [], contributions };
    }
    case 'priority': {
      const p = await getRecord(prioritySpec, id);
      return { markets: [], priorities: p ? [p] : [], ...(p ? await reachOfPriorities([p]) : empty()) };
    }
    case 'market': {
      const m = await getRecord(marketSpec, id);
      const priorities = m ? await listWhere(prioritySpec, 'marketId', id) : [];
      return { markets: m ? [m] : [], priorities, ...(await reachOfPriorities(priorities)) };
    }
  }
}

function empty(): { solutions: Solution[]; contributions: Contribution[] } {
  return { solutions: [], contributions: [] };
}

/** Solutions addressing the priorities, and the contributions of those left with no priority. */
async function reachOfPriorities(priorities: readonly Priority[]) {
  if (priorities.length === 0) return empty();
  const gone = new Set(priorities.map((p) => p.id));
  // priorityIds is a list, which no index can hold: solutions are few, so read them all.
  const solutions = (await listRecords(solutionSpec)).filter((s) =>
    s.priorityIds.some((pid) => gone.has(pid)),
  );
  const orphaned = solutions.filter((s) => s.priorityIds.every((pid) => gone.has(pid)));
  const contributions = (
    await Promise.all(orphaned.map((s) => listWhere(contributionSpec, 'solutionId', s.id)))
  ).flat();
  return { solutions, contributions };
}
