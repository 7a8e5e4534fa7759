import type { AuditEntry, Contribution, Settings } from '../../contract';
import type { Deps } from '../../deps';
import { compareText } from '../../domain';
import type { StoredPortfolio } from './snapshot';

/**
 * The neighbourhood of some contributions, read without touching the rest of the portfolio:
 * round one, the contributions themselves (an index query); round two, one batch of the settings,
 * the read model's directory (every solution's name for the pickers, every priority's market),
 * their solutions and each solution's contributions (the read model keeps them per solution);
 * round three, one batch of the priorities and markets behind them and, for the project page, the
 * products named. Three requests while each batch fits 25 keys, however large the portfolio.
 */
async function loadNeighbourhood(
  deps: Pick<Deps, 'store'>,
  own: Promise<Contribution[]>,
  withProducts: boolean,
): Promise<StoredPortfolio> {
  const solutionIds = [...new Set((await own).map((c) => c.solutionId))];
  let around = await deps.store.readModel.readNeighbourhood(solutionIds);
  if (!around.built) {
    // A portfolio kept before this read model layout: built once, as the landing would.
    await deps.store.readModel.rebuild();
    around = await deps.store.readModel.readNeighbourhood(solutionIds);
  }
  const { settings, directory, solutions, contributions } = around;
  const priorityIds = [...new Set(solutions.flatMap((s) => s.priorityIds))];
  const marketIds = [...new Set(priorityIds.flatMap((id) => directory.priorityMarkets.get(id) ?? []))];
  const projectIds = withProducts ? [...new Set(contributions.map((c) => c.projectId))] : [];
  const { priorities, markets, products } = await deps.store.recordsOf({
    priorityIds,
    marketIds,
    projectIds,
  });
  return {
    settings,
    markets: markets.sort((a, b) => compareText(a.name, b.name)),
    priorities,
    solutions,
    contributions,
    products,
    allSolutions: [...directory.solutions].map(([id, { name, status }]) => ({ id, name, status })),
  };
}

/** What the epic panel needs: the epic's contributions (epicId index) and their siblings. */
export function loadEpicPortfolio(deps: Pick<Deps, 'store'>, epicId: string): Promise<StoredPortfolio> {
  return loadNeighbourhood(deps, deps.store.contributions.listByEpic(epicId), false);
}

/** What the project page needs: the project's contributions (projectId index) and their siblings. */
export function loadProjectPortfolio(deps: Pick<Deps, 'store'>, projectId: string): Promise<StoredPortfolio> {
  return loadNeighbourhood(deps, deps.store.contributions.listByProject(projectId), true);
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
