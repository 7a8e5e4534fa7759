import { ErrorMessage } from '@atlaskit/form';
import { useState } from 'react';
import type { Market } from '../../../../src/contract';
import {
  fieldErrorUnder,
  ResolverError,
  FormDialog,
  SelectInputField,
  TextInputField,
  type Choice,
} from '../../../shared';
import { marketStatusChoices, oneToFiveChoices } from '../dialogs/choices';
import { useRecordForm } from '../forms/useRecordForm';
import { segmentMessagesByKind, segmentsFromText, segmentsToText } from './segments';

interface Values extends Record<string, unknown> {
  name: string;
  description: string;
  strategicWeight: Choice<number> | null;
  status: Choice<Market['status']> | null;
  industry: string;
  region: string;
  size: string;
}

const PLACED = new Set(['name', 'description', 'strategicWeight', 'status']);
const placed = (path: string) => PLACED.has(path) || path.startsWith('segments');

/** Create or edit a market; the backend's messages appear beside the fields they concern. */
export function MarketForm({ market }: { market?: Market }) {
  const { error, save, dialogProps } = useRecordForm(
    'market',
    market,
    (saved) => `Market "${saved.name}" saved`,
  );
  const segments = segmentsToText(market?.segments ?? []);
  const [sentSegments, setSentSegments] = useState<Market['segments']>([]);

  const submit = async (values: Values) => {
    const fields = {
      name: values.name,
      description: values.description,
      strategicWeight: values.strategicWeight?.value ?? 3,
      status: values.status?.value ?? 'explore',
      segments: segmentsFromText(values),
    };
    setSentSegments(fields.segments);
    await save(fields);
  };

  const byKind = segmentMessagesByKind(error?.fields, sentSegments);
  // A message about the list as a whole (too many tags) or a tag not traced to an input.
  const segmentError = Object.keys(byKind).length ? undefined : fieldErrorUnder(error, 'segments');
  const tagError = (kind: keyof typeof byKind) =>
    byKind[kind] && error ? new ResolverError({ ...error, fields: { [kind]: byKind[kind] } }) : null;
  return (
    <FormDialog<Values>
      title={market ? `Edit market "${market.name}"` : 'Create market'}
      onSubmit={submit}
      placed={placed}
      {...dialogProps}
    >
      <TextInputField name="name" label="Name" defaultValue={market?.name} isRequired error={error} />
      <TextInputField
        name="description"
        label="Description"
        defaultValue={market?.description}
        multiline
        error={error}
      />
      <SelectInputField
        name="strategicWeight"
        label="Strategic weight"
        options={oneToFiveChoices}
        defaultValue={market?.strategicWeight ?? 3}
        isRequired
        error={error}
        helper="How much this market matters to the company; it multiplies every priority's score."
      />
      <SelectInputField
        name="status"
        label="Status"
        options={marketStatusChoices}
        defaultValue={market?.status ?? 'explore'}
        isRequired
        error={error}
      />
      <TextInputField
        name="industry"
        label="Industry tags"
        defaultValue={segments.industry}
        error={tagError('industry')}
        helper="Separate tags with commas, e.g. Banking, Insurance"
      />
      <TextInputField
        name="region"
        label="Region tags"
        defaultValue={segments.region}
        error={tagError('region')}
      />
      <TextInputField
        name="size"
        label="Company size tags"
        defaultValue={segments.size}
        error={tagError('size')}
      />
      {segmentError && <ErrorMessage>{segmentError}</ErrorMessage>}
    </FormDialog>
  );
}
