import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import { ErrorState, plural, useMutation } from '../../../../shared';

/**
 * Views are served from epic snapshots that Jira events and a daily job keep fresh; this
 * refreshes them all now, e.g. after a bulk change in Jira the events may not have covered.
 */
export function RefreshSnapshots() {
  const refresh = useMutation('admin.refreshSnapshots');
  const [result, setResult] = useState<{ refreshed: number; removed: number } | null>(null);

  const run = async () => {
    setResult(null);
    const answer = await refresh.run({});
    if (answer) setResult(answer);
  };

  return (
    <Stack space="space.150">
      <Inline>
        <Button onClick={() => void run()} isLoading={refresh.pending}>
          Refresh epic snapshots now
        </Button>
      </Inline>
      <Box role="status" aria-live="polite">
        {refresh.pending && <Text color="color.text.subtle">Reading every linked epic from Jira…</Text>}
        {result && (
          <Text>
            Refreshed {plural(result.refreshed, 'epic snapshot')}.{' '}
            {result.removed > 0
              ? `Removed ${plural(result.removed, 'link')} to epics that no longer exist or are no longer epics.`
              : 'No link needed removing.'}
          </Text>
        )}
      </Box>
      {refresh.error && <ErrorState error={refresh.error} onRetry={() => void run()} />}
    </Stack>
  );
}
