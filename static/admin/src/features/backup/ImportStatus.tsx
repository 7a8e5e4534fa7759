import ProgressBar from '@atlaskit/progress-bar';
import SectionMessage from '@atlaskit/section-message';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { ErrorState } from '../../../../shared';
import { countsText } from './countsText';
import { IMPORT_STEPS, stepOf, type ImportState } from './importState';

const barWidth = xcss({ maxWidth: '480px' });

function statusText(state: ImportState): string {
  switch (state.phase) {
    case 'reading':
      return `Step 1 of ${IMPORT_STEPS}: reading ${state.fileName}…`;
    case 'ready':
      return `Step 2 of ${IMPORT_STEPS}: ${state.fileName} is a valid backup with ${countsText(state.counts)}.`;
    case 'invalid':
      return `Step 2 of ${IMPORT_STEPS}: ${state.fileName} cannot be imported.`;
    case 'importing':
      return `Step 3 of ${IMPORT_STEPS}: replacing all data with ${countsText(state.counts)}. Keep this page open.`;
    default:
      return '';
  }
}

/** Where the import is, announced politely; the result or the failure once it is over. */
export function ImportStatus({ state, onRetry }: { state: ImportState; onRetry: () => void }) {
  const step = stepOf(state);
  return (
    <Stack space="space.100">
      <Box role="status" aria-live="polite">
        {step !== null && <Text>{statusText(state)}</Text>}
      </Box>
      {step !== null && state.phase !== 'invalid' && (
        <Box xcss={barWidth}>
          <ProgressBar
            value={step / IMPORT_STEPS}
            isIndeterminate={state.phase === 'importing'}
            ariaLabel={`Import step ${step} of ${IMPORT_STEPS}`}
          />
        </Box>
      )}
      {state.phase === 'invalid' && (
        <SectionMessage appearance="error" title="Not imported">
          <Text as="p">{state.message}</Text>
          {state.details.length > 0 && (
            <ul>
              {state.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </SectionMessage>
      )}
      {state.phase === 'done' && (
        <SectionMessage appearance="success" title="Import complete">
          <Text as="p">
            Imported {countsText(state.imported)} from {state.fileName}.
          </Text>
        </SectionMessage>
      )}
      {state.phase === 'failed' && <ErrorState error={state.error} onRetry={onRetry} />}
    </Stack>
  );
}
