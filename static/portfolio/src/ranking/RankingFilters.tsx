import { Inline } from '@atlaskit/primitives';
import type { Solution } from '../../../../src/contract';
import { SOLUTION_STATUS_LABELS } from '../../../shared';
import { marketsByWeight } from '../portfolioIndex';
import { usePortfolio } from '../PortfolioContext';
import { FilterSelect } from '../route/FilterSelect';

const HORIZON_LABELS: Record<Solution['horizon'], string> = { now: 'Now', next: 'Next', later: 'Later' };

/** Market, horizon and status filters and the order, each kept in the URL. */
export function RankingFilters() {
  const { summary } = usePortfolio();
  const markets = marketsByWeight(summary.markets).map((m) => ({ value: m.id, label: m.name }));
  const statuses = Object.entries(SOLUTION_STATUS_LABELS)
    .filter(([status]) => status !== 'dropped')
    .map(([value, label]) => ({ value, label }));
  const horizons = Object.entries(HORIZON_LABELS).map(([value, label]) => ({ value, label }));
  return (
    <Inline space="space.150" shouldWrap alignBlock="end">
      <FilterSelect param="market" label="Market" options={markets} allLabel="All markets" />
      <FilterSelect param="horizon" label="Horizon" options={horizons} allLabel="Any horizon" />
      <FilterSelect param="status" label="Status" options={statuses} allLabel="Any status" />
      <FilterSelect
        param="sort"
        label="Order"
        options={[{ value: 'name', label: 'By name' }]}
        allLabel="By rank"
      />
    </Inline>
  );
}
