import type { AuditEntry, Contribution, Settings } from '../../contract';
import type { Deps } from '../../deps';
import { mergeShards } from '../portfolio/read-model-view';
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
  return { ...all, settings, allSolutions: all.solutions };
}

/**
 * The neighbourhood of some contributions, read without touching the rest of the portfolio:
 * round one, the contributions themselves (an index query), the settings and the read model
 * (two batches: markets, products and every solution's name for the pickers); round two, their
 * solutions and priorities in full (one batch of up to 25) and each solution's contributions (one
 * index query per solution). 5 + one request per solution, however large the portfolio.
 */
async function loadNeighbourhood(
  deps: Pick<Deps, 'store'>,
  own: Promise<Contribution[]>,
): Promise<StoredPortfolio> {
  const [mine, settings, { shards }] = await Promise.all([
    own,
    deps.store.settings.get(),
    deps.store.readModel.read(),
  ]);
  const model = mergeShards([...shards.values()].map((s) => s.value));
  const solutionIds = [...new Set(mine.map((c) => c.solutionId))];
  const rows = new Map(model.solutions.map((s) => [s.id, s]));
  const priorityIds = [...new Set(solutionIds.flatMap((id) => rows.get(id)?.priorityIds ?? []))];
  const [{ solutions, priorities }, siblings] = await Promise.all([
    deps.store.strategyOf(solutionIds, priorityIds),
    Promise.all(solutionIds.map((id) => deps.store.contributions.listBySolution(id))),
  ]);
  return {
    settings,
    markets: model.markets,
    priorities,
    solutions,
    contributions: siblings.flat(),
    products: model.products,
    allSolutions: model.solutions,
  };
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
