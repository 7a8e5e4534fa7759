import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import { Box, Inline, Text, xcss } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { useState, type FormEvent } from 'react';
import { ErrorState, useMutation } from '../../../shared';
import type { Output } from '../../../../src/contract';

const growStyle = xcss({ flexGrow: 1 });

export type EpicResults = Output<'epics.search'>;

/** Searches epics by text or key; results go to the caller, which offers them for choosing. */
export function EpicSearch({ onResults }: { onResults: (results: EpicResults) => void }) {
  const [text, setText] = useState('');
  const search = useMutation('epics.search');
  const [count, setCount] = useState<number | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = await search.run({ text });
    if (found) {
      setCount(found.length);
      onResults(found);
    }
  };

  return (
    <form onSubmit={submit} role="search" aria-label="Search epics">
      <Label htmlFor="epic-search">Find an epic by key or words in its summary</Label>
      <Inline space="space.100" alignBlock="center">
        <Box xcss={growStyle}>
          <Textfield
            id="epic-search"
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            placeholder="e.g. PLAT-12 or invoicing"
          />
        </Box>
        <Button type="submit" isLoading={search.pending}>
          Search
        </Button>
      </Inline>
      <Box aria-live="polite" paddingBlockStart="space.050">
        {count !== null && (
          <Text size="small" color="color.text.subtle">
            {count === 0 ? 'No epics match.' : `${count} ${count === 1 ? 'epic' : 'epics'} found.`}
          </Text>
        )}
      </Box>
      {search.error && <ErrorState error={search.error} />}
    </form>
  );
}
