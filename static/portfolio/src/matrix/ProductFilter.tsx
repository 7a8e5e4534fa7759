import { Label } from '@atlaskit/form';
import { Box, xcss } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import type { ProductSummary } from '../../../../src/contract';
import { productLabel } from '../portfolioIndex';

const filterStyle = xcss({ minWidth: '280px' });

interface Option {
  value: string;
  label: string;
}

/**
 * Narrows the matrix to the solutions one product contributes to (`portfolio.matrix` with its
 * project). Offers the products named so far (by the summary and the rows loaded): there is no
 * call that lists every product.
 */
export function ProductFilter({
  products,
  value,
  onChange,
}: {
  products: ReadonlyMap<string, ProductSummary>;
  value: string | null;
  onChange: (projectId: string | null) => void;
}) {
  const options: Option[] = [...products.values()]
    .filter((product) => product.browsable)
    .map((product) => ({ value: product.projectId, label: productLabel(product) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <Box xcss={filterStyle}>
      <Label htmlFor="matrix-product-filter">Product</Label>
      <Select<Option>
        inputId="matrix-product-filter"
        options={options}
        value={options.find((option) => option.value === value) ?? null}
        onChange={(option) => onChange(option?.value ?? null)}
        isClearable
        placeholder="All products"
        noOptionsMessage={() => 'No product matches'}
      />
    </Box>
  );
}
