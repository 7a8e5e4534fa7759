import Select from '@atlaskit/select';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import type { EstimateFieldChoice, Settings } from '../../../../../src/contract';
import { FieldBlock, readableOptions, useResolver } from '../../../../shared';

type Measure = Settings['investmentMeasure'];

const wide = xcss({ maxWidth: '360px' });

// Keyed by the contract's union, so a measure added there fails `tsc` here until it has words.
const LABELS: Record<Measure, string> = {
  'open-epics': 'Open epics (each counts 1)',
  'open-units': 'Open child issues (an epic without children counts 1)',
  estimate: 'Estimates from a Jira field (story points)',
};
const OPTIONS = (Object.keys(LABELS) as Measure[]).map((value) => ({ value, label: LABELS[value] }));

/** What investment alignment counts: the same measure drives every share on the Investment tab. */
export function InvestmentMeasureField({
  value,
  onChange,
  error,
  field,
  onFieldChange,
  fieldError,
}: {
  value: Measure;
  onChange: (value: Measure) => void;
  error?: string;
  field: EstimateFieldChoice | null;
  onFieldChange: (field: EstimateFieldChoice | null) => void;
  fieldError?: string;
}) {
  return (
    <Stack space="space.150">
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
      {(value === 'estimate' || field !== null) && (
        <EstimateFieldPicker field={field} onChange={onFieldChange} error={fieldError} />
      )}
    </Stack>
  );
}

/**
 * The site's numeric fields, as Jira lists them to this admin. Asked for only once the estimate
 * measure is chosen (or a field already is), so the settings page costs no Jira request otherwise.
 */
function EstimateFieldPicker({
  field,
  onChange,
  error,
}: {
  field: EstimateFieldChoice | null;
  onChange: (field: EstimateFieldChoice | null) => void;
  error?: string;
}) {
  const fields = useResolver('jira.estimateFields', {});
  const options = (fields.data ?? []).map((f) => ({ value: f.id, label: f.name, field: f }));
  // The chosen field stays shown by its kept name even before (or without) Jira's list.
  const chosen = field
    ? (options.find((o) => o.value === field.id) ?? { value: field.id, label: field.name, field })
    : null;
  const failed =
    fields.error && !fields.data ? 'Jira did not list its fields; reload the page to try again' : undefined;
  return (
    <FieldBlock
      label="Estimate field"
      helper="The numeric Jira field that holds estimates. An epic counts its own value, or else the sum of its open child issues' values; an epic with neither counts 0. Changing it reads every linked epic again in the background."
      error={error ?? failed}
    >
      {({ inputId, describedBy, isInvalid }) => (
        <Box xcss={wide}>
          <Select
            inputId={inputId}
            aria-describedby={describedBy || undefined}
            isInvalid={isInvalid}
            isLoading={fields.loading}
            options={options}
            value={chosen}
            placeholder="Choose a number field"
            noOptionsMessage={() => 'The site has no number fields you can see'}
            onChange={(o) => onChange(o ? o.field : null)}
            styles={readableOptions<(typeof options)[number]>()}
          />
        </Box>
      )}
    </FieldBlock>
  );
}
