import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Link from '@atlaskit/link';
import ProgressBar from '@atlaskit/progress-bar';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { backupCountsOf } from '../../../../../src/contract';
import { ErrorState, toResolverError, type ResolverError } from '../../../../shared';
import { countsText } from './countsText';
import { exportInPages } from './transfer';

interface Prepared {
  url: string;
  name: string;
  summary: string;
}

const barWidth = xcss({ maxWidth: '480px' });

/**
 * Exports every record as one JSON file, fetched a page at a time (each under Forge's 5 MB
 * answer limit) with a progress bar. The iframe may start downloads only from a user gesture
 * (https://developer.atlassian.com/platform/forge/custom-ui/iframe/), and the export takes a
 * moment, so besides starting the download we leave a link the user can click.
 */
export function ExportBackup() {
  const [progress, setProgress] = useState<{ received: number; total: number } | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [prepared, setPrepared] = useState<Prepared | null>(null);

  // Free the previous file's memory when a new export replaces it or the page goes away.
  useEffect(
    () => () => {
      if (prepared) URL.revokeObjectURL(prepared.url);
    },
    [prepared],
  );

  const run = async () => {
    setError(null);
    setProgress({ received: 0, total: 0 });
    try {
      const data = await exportInPages((received, total) => setProgress({ received, total }));
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const next = {
        url: URL.createObjectURL(blob),
        name: `market-layer-backup-${data.exportedAt.slice(0, 10)}.json`,
        summary: countsText(backupCountsOf(data)),
      };
      setPrepared(next);
      const anchor = document.createElement('a');
      anchor.href = next.url;
      anchor.download = next.name;
      anchor.click();
    } catch (thrown) {
      setError(toResolverError(thrown));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Stack space="space.150">
      <Inline>
        <Button onClick={() => void run()} isLoading={progress !== null}>
          Export backup
        </Button>
      </Inline>
      <Box role="status" aria-live="polite">
        {progress && (
          <Stack space="space.075">
            <Text>
              Exporting: {progress.received.toLocaleString('en')} of {progress.total.toLocaleString('en')}{' '}
              records…
            </Text>
            <Box xcss={barWidth}>
              <ProgressBar
                value={progress.total ? progress.received / progress.total : 0}
                ariaLabel={`Exporting: ${progress.received} of ${progress.total} records`}
              />
            </Box>
          </Stack>
        )}
        {prepared && !progress && (
          <Stack space="space.050">
            <Text>Backup ready: {prepared.summary}.</Text>
            <Inline space="space.050">
              <Text>If the download did not start,</Text>
              <Link href={prepared.url} download={prepared.name}>
                save {prepared.name}
              </Link>
            </Inline>
          </Stack>
        )}
      </Box>
      {error && <ErrorState error={error} onRetry={() => void run()} />}
    </Stack>
  );
}
