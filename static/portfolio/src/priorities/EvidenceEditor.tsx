import Button from '@atlaskit/button/new';
import { ErrorMessage, Label } from '@atlaskit/form';
import { Box, Grid, Stack, Text, xcss } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import type { Evidence } from '../../../../src/contract';
import { fieldError, type ResolverError } from '../../../shared';

const entryStyle = xcss({
  borderColor: 'color.border',
  borderStyle: 'solid',
  borderWidth: 'border.width',
  borderRadius: 'radius.medium',
  padding: 'space.150',
});

const COLUMNS: { key: keyof Evidence; label: string; type?: string }[] = [
  { key: 'customerOrg', label: 'Customer organisation' },
  { key: 'role', label: 'Role' },
  { key: 'date', label: 'Date', type: 'date' },
  { key: 'note', label: 'Note' },
];

/** Evidence entries (who said it, when): a list edited in place, each input labelled. */
export function EvidenceEditor({
  entries,
  onChange,
  error,
}: {
  entries: Evidence[];
  onChange: (entries: Evidence[]) => void;
  error: ResolverError | null;
}) {
  const change = (at: number, key: keyof Evidence, value: string) =>
    onChange(entries.map((entry, index) => (index === at ? { ...entry, [key]: value } : entry)));
  const add = () =>
    onChange([
      ...entries,
      { customerOrg: '', role: '', date: new Date().toISOString().slice(0, 10), note: '' },
    ]);
  const remove = (at: number) => onChange(entries.filter((_, index) => index !== at));

  return (
    <Stack space="space.100">
      <Text weight="semibold">Evidence</Text>
      {entries.length === 0 && (
        <Text color="color.text.subtlest">
          No evidence yet: who in a customer organisation said this matters?
        </Text>
      )}
      {entries.map((entry, at) => (
        <Box key={at} xcss={entryStyle} role="group" aria-label={`Evidence ${at + 1}`}>
          <Grid templateColumns="1fr 1fr" gap="space.100">
            {COLUMNS.map(({ key, label, type }) => {
              const id = `evidence-${at}-${key}`;
              const message = fieldError(error, `evidence.${at}.${key}`);
              return (
                <Box key={key}>
                  <Label htmlFor={id}>{label}</Label>
                  <Textfield
                    id={id}
                    type={type}
                    value={entry[key]}
                    isInvalid={!!message}
                    onChange={(event) => change(at, key, event.currentTarget.value)}
                  />
                  {message && <ErrorMessage>{message}</ErrorMessage>}
                </Box>
              );
            })}
          </Grid>
          <Button appearance="subtle" onClick={() => remove(at)}>
            Remove evidence {at + 1}
          </Button>
        </Box>
      ))}
      <Box>
        <Button onClick={add}>Add evidence</Button>
      </Box>
    </Stack>
  );
}
