import { Inline } from '@atlaskit/primitives';
import type { ProductSummary } from '../../../../src/contract';
import { usePortfolio } from '../PortfolioContext';
import { marketsByWeight, productLabel } from '../portfolioIndex';
import { FilterSelect } from '../route/FilterSelect';

/**
 * Narrow the roadmap to one market's solutions, or to those one product contributes to; both in
 * the URL (`?market=…&product=…`), so a product's roadmap is a link.
 */
export function RoadmapFilters({
  products,
}: {
  /** The products named so far (there is no call that lists every product). */
  products: ReadonlyMap<string, ProductSummary>;
}) {
  const { summary } = usePortfolio();
  const markets = marketsByWeight(summary.markets).map((m) => ({ value: m.id, label: m.name }));
  return (
    <Inline space="space.200" shouldWrap>
      <FilterSelect param="market" label="Market" options={markets} allLabel="All markets" />
      <FilterSelect
        param="product"
        label="Product"
        options={productOptions(products.values())}
        allLabel="All products"
      />
    </Inline>
  );
}

/** The products a filter offers: those the viewer may browse, by name. */
export function productOptions(products: Iterable<ProductSummary>): { value: string; label: string }[] {
  return [...products]
    .filter((p) => p.browsable)
    .map((p) => ({ value: p.projectId, label: productLabel(p) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
