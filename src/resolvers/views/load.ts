import type { AuditEntry, Contribution, Settings } from '../../contract';
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
 * The neighbourhood of some contributions, without reading every contribution of the portfolio:
 * their solutions' contributions (by the solutionId index, one query per solution), plus the
 * strategy records and products a view names or offers for linking.
 */
async function loadNeighbourhood(
  deps: Pick<Deps, 'store'>,
  own: Promise<Contribution[]>,
): Promise<StoredPortfolio> {
  const [mine, settings, markets, priorities, solutions, products] = await Promise.all([
    own,
    deps.store.settings.get(),
    deps.store.markets.list(),
    deps.store.priorities.list(),
    deps.store.solutions.list(),
    deps.store.products.list(),
  ]);
  const solutionIds = [...new Set(mine.map((c) => c.solutionId))];
  const siblings = await Promise.all(solutionIds.map((id) => deps.store.contributions.listBySolution(id)));
  return { settings, markets, priorities, solutions, contributions: siblings.flat(), products };
}

/** What the epic panel needs: the epic's contributions (epicId index) and their siblings. */
export function loadEpicPortfolio(deps: Pick<Deps, 'store'>, epicId: string): Promise<StoredPortfolio> {
  return loadNeighbourhood(deps, deps.store.contributions.listByEpic(epicId));
}

/** What the project page needs: the project's contributions (projectId index) and their siblings. */
export function loadProjectPortfolio(deps: Pick<Deps, 'store'>, projectId: string): Promise<StoredPortfolio> {
  return loadNeighbourhood(deps, deps.store.contributions.listByProject(projectId));
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
