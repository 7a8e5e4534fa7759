import type { AuditEntry, Settings } from '../../contract';
import type { Deps } from '../../deps';
import type { StoredPortfolio } from './snapshot';

/**
 * The only place the read resolvers touch the store: every view is served from what is stored
 * (contribution snapshots refreshed by Jira events), so a page load costs storage reads, not Jira
 * searches.
 */
export async function loadPortfolio(deps: Pick<Deps, 'store'>): Promise<StoredPortfolio> {
  const all = await deps.store.readAll();
  // readAll reports settings never saved as null (the backup format); views show the defaults.
  const settings = all.settings ?? (await deps.store.settings.get());
  return { ...all, settings };
}

/**
 * What the epic panel needs, without reading every contribution of the portfolio: the epic's own
 * contributions (by the epicId index), their siblings (by the solutionId index, one query per
 * solution the epic serves), and the strategy records the panel names or offers for linking.
 */
export async function loadEpicPortfolio(deps: Pick<Deps, 'store'>, epicId: string): Promise<StoredPortfolio> {
  const [own, settings, markets, priorities, solutions] = await Promise.all([
    deps.store.contributions.listByEpic(epicId),
    deps.store.settings.get(),
    deps.store.markets.list(),
    deps.store.priorities.list(),
    deps.store.solutions.list(),
  ]);
  const solutionIds = [...new Set(own.map((c) => c.solutionId))];
  const siblings = await Promise.all(solutionIds.map((id) => deps.store.contributions.listBySolution(id)));
  return { settings, markets, priorities, solutions, contributions: siblings.flat(), products: [] };
}

export async function loadSettings(deps: Pick<Deps, 'store'>): Promise<Settings> {
  return deps.store.settings.get();
}

export async function loadAudit(
  deps: Pick<Deps, 'store'>,
  type: AuditEntry['entityType'],
  id: string,
): Promise<AuditEntry[]> {
  return deps.store.listAudit(type, id);
}
