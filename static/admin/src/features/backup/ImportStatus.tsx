import Button from '@atlaskit/button/new';
import ProgressBar from '@atlaskit/progress-bar';
import SectionMessage from '@atlaskit/section-message';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { JobStatus } from '../../../../../src/contract';
import { ErrorState, JobProgress } from '../../../../shared';
import { countsText } from './countsText';
import type { ImportState } from './importState';

const barWidth = xcss({ maxWidth: '480px' });

/** Where the import is, announced politely: reading, uploading, the job writing, or what failed. */
export function ImportStatus({
  state,
  job,
  onRetryUpload,
  onStopUpload,
  onResumeJob,
}: {
  state: ImportState;
  job: JobStatus | undefined;
  onRetryUpload: () => void;
  onStopUpload: () => void;
  onResumeJob: () => void;
}) {
  return (
    <Stack space="space.100">
      <Box role="status" aria-live="polite">
        {state.phase === 'reading' && <Text>Reading {state.fileName}…</Text>}
        {state.phase === 'ready' && (
          <Text>
            {state.fileName} is a valid backup with {countsText(state.counts)}.
          </Text>
        )}
        {state.phase === 'uploading' && (
          <Stack space="space.075">
            <Text>
              Uploading {state.fileName}: {state.sent} of {state.chunks} parts. Keep this page open.
            </Text>
            <Box xcss={barWidth}>
              <ProgressBar
                value={state.chunks ? state.sent / state.chunks : 0}
                ariaLabel={`Uploading the backup: ${state.sent} of ${state.chunks} parts`}
              />
            </Box>
          </Stack>
        )}
        {state.phase === 'writing' && job && <JobProgress job={job} />}
        {state.phase === 'writing' && !job && <Text>Import started…</Text>}
      </Box>
      {state.phase === 'uploading' && (
        <Box>
          <Button onClick={onStopUpload}>Stop upload</Button>
        </Box>
      )}
      {state.phase === 'stopped' && (
        <Stack space="space.050">
          <Text>
            Upload of {state.fileName} stopped after {state.sent} of {state.chunks} parts. Nothing was
            replaced: the import starts only once every part is stored, and resuming sends only the rest.
          </Text>
          <Box>
            <Button appearance="primary" onClick={onRetryUpload}>
              Resume upload
            </Button>
          </Box>
        </Stack>
      )}
      {state.phase === 'writing' && job?.state === 'failed' && (
        <Box>
          <Button appearance="primary" onClick={onResumeJob}>
            Resume import
          </Button>
        </Box>
      )}
      {state.phase === 'invalid' && (
        <SectionMessage appearance="error" title="Not imported">
          <Text as="p">{state.message}</Text>
          <FieldList details={state.details} />
        </SectionMessage>
      )}
      {state.phase === 'failed' && (
        <Stack space="space.050">
          <ErrorState error={state.error} onRetry={onRetryUpload} />
          <FieldList
            details={Object.entries(state.error.fields ?? {}).map(([path, message]) => `${path}: ${message}`)}
          />
          {state.error.code === 'UNAVAILABLE' && (
            <Text size="small" color="color.text.subtle">
              Trying again resumes the upload: the parts already stored are not sent again.
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}

function FieldList({ details }: { details: string[] }) {
  if (details.length === 0) return null;
  return (
    <ul aria-label="Problems in the backup">
      {details.map((d) => (
        <li key={d}>{d}</li>
      ))}
    </ul>
  );
}
