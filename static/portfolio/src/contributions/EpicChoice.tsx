import { ErrorMessage } from '@atlaskit/form';
import { Box, Text } from '@atlaskit/primitives';
import { RadioGroup } from '@atlaskit/radio';
import type { EpicResults } from './EpicSearch';

/** The epics a search found, to choose one by key. */
export function EpicChoice({
  results,
  chosen,
  onChoose,
  error,
}: {
  results: EpicResults;
  chosen: string | null;
  onChoose: (epicKey: string) => void;
  error?: string;
}) {
  return (
    <>
      {results.length > 0 && (
        <Box role="group" aria-labelledby="epic-choice-label">
          <Text id="epic-choice-label" weight="semibold">
            Choose the epic
          </Text>
          <RadioGroup
            labelId="epic-choice-label"
            value={chosen}
            onChange={(event) => onChoose(event.currentTarget.value)}
            options={results.map((epic) => ({
              name: 'epic',
              value: epic.key,
              label: `${epic.key} — ${epic.summary} (${epic.statusName})`,
            }))}
          />
        </Box>
      )}
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </>
  );
}
