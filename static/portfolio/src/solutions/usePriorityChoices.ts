import type { Priority, PriorityChoice } from '../../../../src/contract';
import { useResolver, type ChoiceGroup, type ResolverError } from '../../../shared';
import { priorityGroups } from '../dialogs/choices';
import { marketsByWeight } from '../portfolioIndex';
import { usePortfolio } from '../PortfolioContext';

/**
 * Every business priority a solution may address, grouped under its market: one call
 * (`portfolio.priorities`, names from the read model), however many markets there are. All are
 * needed: the picker must show every priority a solution already addresses, whichever market it
 * belongs to, or a save would drop it.
 */
export function usePriorityChoices(alsoKnown: Priority[] = []): {
  groups: ChoiceGroup[] | undefined;
  error: ResolverError | null;
  retry: () => void;
} {
  const { summary } = usePortfolio();
  const { data, error, reload } = useResolver('portfolio.priorities', {});
  const retry = () => void reload();
  if (!data) return { groups: undefined, error, retry };
  const byId = new Map<string, PriorityChoice>();
  for (const priority of [...data, ...alsoKnown]) byId.set(priority.id, priority);
  return { groups: priorityGroups(marketsByWeight(summary.markets), [...byId.values()]), error, retry };
}
