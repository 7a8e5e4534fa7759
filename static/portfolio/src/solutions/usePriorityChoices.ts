import type { Priority } from '../../../../src/contract';
import type { ChoiceGroup, ResolverError } from '../../../shared';
import { useDetails } from '../data/useDetails';
import { priorityGroups } from '../dialogs/choices';
import { marketsByWeight } from '../portfolioIndex';
import { usePortfolio } from '../PortfolioContext';

/**
 * Every business priority a solution may address, grouped under its market. The summary names
 * markets only, so this loads the detail of each market that has priorities (through the page's
 * cache: markets already expanded cost nothing). All are needed: the picker must show every
 * priority a solution already addresses, whichever market it belongs to, or a save would drop it.
 */
export function usePriorityChoices(alsoKnown: Priority[] = []): {
  groups: ChoiceGroup[] | undefined;
  error: ResolverError | null;
  retry: () => void;
} {
  const { summary } = usePortfolio();
  const markets = marketsByWeight(summary.markets).filter((market) => market.priorityCount > 0);
  const { data, error, retry } = useDetails(
    'market.detail',
    markets.map((market) => ({ marketId: market.id })),
  );
  if (!data) return { groups: undefined, error, retry };
  const byId = new Map<string, Priority>();
  for (const priority of [...data.flatMap((detail) => detail.priorities), ...alsoKnown]) {
    byId.set(priority.id, priority);
  }
  return { groups: priorityGroups(marketsByWeight(summary.markets), [...byId.values()]), error, retry };
}
