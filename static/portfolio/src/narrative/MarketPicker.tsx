import { Label } from '@atlaskit/form';
import { Box, xcss } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import type { MarketSummary } from '../../../../src/contract';

const pickerStyle = xcss({ maxWidth: '420px' });

interface Option {
  value: string;
  label: string;
}

/** Which market's story to tell. */
export function MarketPicker({
  markets,
  value,
  onChange,
}: {
  markets: MarketSummary[];
  value: string;
  onChange: (marketId: string) => void;
}) {
  const options: Option[] = markets.map((market) => ({ value: market.id, label: market.name }));
  return (
    <Box xcss={pickerStyle}>
      <Label htmlFor="narrative-market">Market</Label>
      <Select<Option>
        inputId="narrative-market"
        options={options}
        value={options.find((option) => option.value === value) ?? null}
        onChange={(option) => option && onChange(option.value)}
      />
    </Box>
  );
}
