import { Inline } from '@atlaskit/primitives';
import type { Market } from '../../../../src/contract';
import { humanize } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';
import { FilterSelect } from '../route/FilterSelect';
import { productOptions } from '../roadmap/RoadmapFilters';

const STATUSES: Market['status'][] = ['target', 'explore', 'sustain', 'exit'];

/**
 * One product's work (`portfolio.investment` with its project) and the markets of one status, both
 * in the URL (`?product=…&status=…`). Products offered are those the summary names: there is no
 * call that lists every product.
 */
export function InvestmentFilters() {
  const { index } = usePortfolio();
  return (
    <Inline space="space.200" shouldWrap>
      <FilterSelect
        param="product"
        label="Product"
        options={productOptions(index.product.values())}
        allLabel="All products"
      />
      <FilterSelect
        param="status"
        label="Market status"
        options={STATUSES.map((value) => ({ value, label: humanize(value) }))}
        allLabel="Any status"
      />
    </Inline>
  );
}
