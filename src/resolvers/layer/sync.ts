import { epicLayerProperty, LAYER_PROPERTY_KEY } from '../../domain';
import type { Deps } from '../../deps';

const unique = (values: Iterable<string>): string[] => [...new Set(values)];

/**
 * Rewrites the `market-layer` property of these epics from what the store holds now (their
 * contributions, solutions, priorities and markets), as the app, 100 epics a Jira request. The
 * whole value is written each time, so a repeated or late write never leaves a half-updated
 * property. Returns how many epics were written and how many Jira requests that took.
 */
export async function syncEpicLayers(
  deps: Pick<Deps, 'store' | 'jira'>,
  epicIds: readonly string[],
): Promise<{ epics: number; requests: number }> {
  const ids = unique(epicIds);
  if (ids.length === 0) return { epics: 0, requests: 0 };
  const byEpic = await Promise.all(ids.map((id) => deps.store.contributions.listByEpic(id)));
  const solutionIds = unique(byEpic.flat().map((c) => c.solutionId));
  const [solutions, solutionContributions] = await Promise.all([
    deps.store.solutions.getMany(solutionIds),
    Promise.all(solutionIds.map((id) => deps.store.contributions.listBySolution(id))),
  ]);
  const contributionsOf = new Map(solutionIds.map((id, i) => [id, solutionContributions[i]]));
  const priorities = await deps.store.priorities.getMany(unique(solutions.flatMap((s) => s.priorityIds)));
  const markets = await deps.store.markets.getMany(unique(priorities.map((p) => p.marketId)));
  const withContributions = solutions.map((solution) => ({
    solution,
    contributions: contributionsOf.get(solution.id) ?? [],
  }));
  const writes = ids.map((issueId, i) => ({
    issueId,
    value: epicLayerProperty({
      contributions: byEpic[i],
      solutions: withContributions,
      priorities,
      markets,
    }),
  }));
  const requests = await deps.jira.setIssueProperties(LAYER_PROPERTY_KEY, writes);
  return { epics: writes.length, requests };
}
