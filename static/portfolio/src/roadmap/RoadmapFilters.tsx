import { Label } from '@atlaskit/form';
import { Box, Inline, xcss } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import type { ProductSummary } from '../../../../src/contract';
import { usePortfolio } from '../PortfolioContext';
import { marketsByWeight, productLabel } from '../portfolioIndex';
import type { RoadmapFilter } from './useRoadmap';

const filterStyle = xcss({ minWidth: '240px' });

interface Option {
  value: string;
  label: string;
}

/** Narrow the roadmap to one market's solutions, or to those one product contributes to. */
export function RoadmapFilters({
  products,
  filter,
  onChange,
}: {
  /** The products named so far (there is no call that lists every product). */
  products: ReadonlyMap<string, ProductSummary>;
  filter: RoadmapFilter;
  onChange: (filter: RoadmapFilter) => void;
}) {
  const { summary } = usePortfolio();
  const markets: Option[] = marketsByWeight(summary.markets).map((m) => ({ value: m.id, label: m.name }));
  const productOptions: Option[] = [...products.values()]
    .filter((p) => p.browsable)
    .map((p) => ({ value: p.projectId, label: productLabel(p) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <Inline space="space.200" shouldWrap>
      <Box xcss={filterStyle}>
        <Label htmlFor="roadmap-market-filter">Market</Label>
        <Select<Option>
          inputId="roadmap-market-filter"
          options={markets}
          value={markets.find((o) => o.value === filter.marketId) ?? null}
          onChange={(o) => onChange({ ...filter, marketId: o?.value ?? null })}
          isClearable
          placeholder="All markets"
        />
      </Box>
      <Box xcss={filterStyle}>
        <Label htmlFor="roadmap-product-filter">Product</Label>
        <Select<Option>
          inputId="roadmap-product-filter"
          options={productOptions}
          value={productOptions.find((o) => o.value === filter.projectId) ?? null}
          onChange={(o) => onChange({ ...filter, projectId: o?.value ?? null })}
          isClearable
          placeholder="All products"
          noOptionsMessage={() => 'No product matches'}
        />
      </Box>
    </Inline>
  );
}
