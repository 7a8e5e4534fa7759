import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Link from '@atlaskit/link';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { ErrorState, useMutation } from '../../../../shared';
import { countsOf } from './readBackupFile';
import { countsText } from './countsText';

interface Prepared {
  url: string;
  name: string;
  summary: string;
}

/**
 * Exports every record as one JSON file. The iframe may start downloads only from a user
 * gesture (https://developer.atlassian.com/platform/forge/custom-ui/iframe/), and the export
 * takes a moment, so besides starting the download we leave a link the user can click.
 */
export function ExportBackup() {
  const exporter = useMutation('admin.export');
  const [prepared, setPrepared] = useState<Prepared | null>(null);

  // Free the previous file's memory when a new export replaces it or the page goes away.
  useEffect(
    () => () => {
      if (prepared) URL.revokeObjectURL(prepared.url);
    },
    [prepared],
  );

  const run = async () => {
    const data = await exporter.run({});
    if (!data) return;
    const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
    const next = {
      url: URL.createObjectURL(blob),
      name: `market-layer-backup-${data.exportedAt.slice(0, 10)}.json`,
      summary: countsText(countsOf(data)),
    };
    setPrepared(next);
    const anchor = document.createElement('a');
    anchor.href = next.url;
    anchor.download = next.name;
    anchor.click();
  };

  return (
    <Stack space="space.150">
      <Inline>
        <Button onClick={() => void run()} isLoading={exporter.pending}>
          Export backup
        </Button>
      </Inline>
      {exporter.error && <ErrorState error={exporter.error} onRetry={() => void run()} />}
      {prepared && (
        <Stack space="space.050" role="status">
          <Text>Backup ready: {prepared.summary}.</Text>
          <Inline space="space.050">
            <Text>If the download did not start,</Text>
            <Link href={prepared.url} download={prepared.name}>
              save {prepared.name}
            </Link>
          </Inline>
        </Stack>
      )}
    </Stack>
  );
}
