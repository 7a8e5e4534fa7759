import type { Contribution } from '../../contract';
import { epicLayerProperty, isUnlinkedLayer, LAYER_PROPERTY_KEY } from '../../domain';
import type { Deps } from '../../deps';

const unique = (values: Iterable<string>): string[] => [...new Set(values)];

/**
 * Rewrites the `market-layer` property of these epics from what the store holds now (their
 * contributions, solutions, priorities and markets), as the app, 100 epics a Jira request. The
 * whole value is written each time, so a repeated or late write never leaves a half-updated
 * property. An epic that serves nothing has the property deleted instead (one more request), so
 * Jira's display condition `entityPropertyExists` shows the context line on linked epics only.
 * `known`: solutions' contributions the caller has just read (not read again). Returns how many
 * epics were written and how many Jira requests that took.
 */
export async function syncEpicLayers(
  deps: Pick<Deps, 'store' | 'jira'>,
  epicIds: readonly string[],
  known: ReadonlyMap<string, Contribution[]> = new Map(),
): Promise<{ epics: number; requests: number }> {
  const ids = unique(epicIds);
  if (ids.length === 0) return { epics: 0, requests: 0 };
  const byEpic = await Promise.all(ids.map((id) => deps.store.contributions.listByEpic(id)));
  const solutionIds = unique(byEpic.flat().map((c) => c.solutionId));
  const [solutions, solutionContributions] = await Promise.all([
    deps.store.solutions.getMany(solutionIds),
    Promise.all(solutionIds.map((id) => known.get(id) ?? deps.store.contributions.listBySolution(id))),
  ]);
  const contributionsOf = new Map(solutionIds.map((id, i) => [id, solutionContributions[i]]));
  const priorities = await deps.store.priorities.getMany(unique(solutions.flatMap((s) => s.priorityIds)));
  const markets = await deps.store.markets.getMany(unique(priorities.map((p) => p.marketId)));
  const withContributions = solutions.map((solution) => ({
    solution,
    contributions: contributionsOf.get(solution.id) ?? [],
  }));
  const values = ids.map((issueId, i) => ({
    issueId,
    value: epicLayerProperty({
      contributions: byEpic[i],
      solutions: withContributions,
      priorities,
      markets,
    }),
  }));
  return writeLayers(deps, values);
}

/** Writes the linked epics' values and deletes the property of those that serve nothing. */
export async function writeLayers(
  deps: Pick<Deps, 'jira'>,
  values: readonly { issueId: string; value: ReturnType<typeof epicLayerProperty> }[],
): Promise<{ epics: number; requests: number }> {
  const writes = values.filter((w) => !isUnlinkedLayer(w.value));
  const unlinked = values.filter((w) => isUnlinkedLayer(w.value)).map((w) => w.issueId);
  const requests =
    (writes.length > 0 ? await deps.jira.setIssueProperties(LAYER_PROPERTY_KEY, writes) : 0) +
    (unlinked.length > 0 ? await deps.jira.deleteIssueProperties(LAYER_PROPERTY_KEY, unlinked) : 0);
  return { epics: values.length, requests };
}
