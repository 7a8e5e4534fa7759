import Select from '@atlaskit/select';
import { Box, xcss } from '@atlaskit/primitives';
import type { Settings } from '../../../../../src/contract';
import { FieldBlock, readableOptions } from '../../../../shared';

type Measure = Settings['investmentMeasure'];

const wide = xcss({ maxWidth: '360px' });

// Keyed by the contract's union, so a measure added there fails `tsc` here until it has words.
const LABELS: Record<Measure, string> = {
  'open-epics': 'Open epics (each counts 1)',
  'open-units': 'Open child issues (an epic without children counts 1)',
};
const OPTIONS = (Object.keys(LABELS) as Measure[]).map((value) => ({ value, label: LABELS[value] }));

/** What investment alignment counts: the same measure drives every share on the Investment tab. */
export function InvestmentMeasureField({
  value,
  onChange,
  error,
}: {
  value: Measure;
  onChange: (value: Measure) => void;
  error?: string;
}) {
  return (
    <FieldBlock
      label="Investment measure"
      helper="What the Investment tab counts of the open work linked to solutions, by market and by customer layer."
      error={error}
    >
      {({ inputId, describedBy, isInvalid }) => (
        <Box xcss={wide}>
          <Select
            inputId={inputId}
            aria-describedby={describedBy || undefined}
            isInvalid={isInvalid}
            options={OPTIONS}
            value={OPTIONS.find((o) => o.value === value) ?? null}
            onChange={(o) => o && onChange(o.value)}
            styles={readableOptions<(typeof OPTIONS)[number]>()}
          />
        </Box>
      )}
    </FieldBlock>
  );
}
