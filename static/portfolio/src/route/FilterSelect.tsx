import { Label } from '@atlaskit/form';
import { Box, xcss } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import { useId } from 'react';
import { useRouteParam } from './RouteContext';

export interface FilterOption {
  value: string;
  label: string;
}

const filterStyle = xcss({ minWidth: '200px' });

/**
 * A list filter kept in the page URL (`?<param>=<value>`): a link carries it, back undoes it.
 * Clearing it shows everything again. A value in the URL that no option has is shown as no filter.
 */
export function FilterSelect({
  param,
  label,
  options,
  allLabel,
}: {
  param: string;
  label: string;
  options: FilterOption[];
  allLabel: string;
}) {
  const [value, setValue] = useRouteParam(param);
  const inputId = useId();
  return (
    <Box xcss={filterStyle}>
      <Label htmlFor={inputId}>{label}</Label>
      <Select<FilterOption>
        inputId={inputId}
        options={options}
        value={options.find((option) => option.value === value) ?? null}
        onChange={(option) => setValue(option?.value ?? null)}
        isClearable
        placeholder={allLabel}
        noOptionsMessage={() => 'Nothing matches'}
      />
    </Box>
  );
}
