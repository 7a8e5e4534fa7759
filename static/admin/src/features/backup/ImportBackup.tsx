import { useState, type ChangeEvent } from 'react';
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import { Inline, Stack } from '@atlaskit/primitives';
import { invoke, toResolverError } from '../../../../shared';
import { ImportConfirmModal } from './ImportConfirmModal';
import { ImportStatus } from './ImportStatus';
import type { ImportState } from './importState';
import { readBackupText, type BackupCounts } from './readBackupFile';

const INPUT_ID = 'backup-import-file';

/** File → check in the browser → confirm the replacement → import, with progress and a summary. */
export function ImportBackup({ current, onImported }: { current: BackupCounts; onImported: () => void }) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const [confirming, setConfirming] = useState(false);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = ''; // choosing the same file again should read it again
    if (!file) return;
    setState({ phase: 'reading', fileName: file.name });
    const read = readBackupText(await file.text());
    if (!read.ok)
      return setState({
        phase: 'invalid',
        fileName: file.name,
        message: read.message,
        details: read.details,
      });
    setState({ phase: 'ready', fileName: file.name, backup: read.backup, counts: read.counts });
    setConfirming(true);
  };

  const runImport = async () => {
    if (state.phase !== 'ready') return;
    setConfirming(false);
    const { fileName, backup, counts } = state;
    setState({ phase: 'importing', fileName, counts });
    try {
      const imported = await invoke('admin.import', { backup });
      setState({ phase: 'done', fileName, imported });
      onImported();
    } catch (thrown) {
      setState({ phase: 'failed', fileName, backup, counts, error: toResolverError(thrown) });
    }
  };

  const retry = () => {
    if (state.phase !== 'failed') return setState({ phase: 'idle' });
    setState({ phase: 'ready', fileName: state.fileName, backup: state.backup, counts: state.counts });
    setConfirming(true);
  };

  const busy = state.phase === 'reading' || state.phase === 'importing';
  return (
    <Stack space="space.150">
      <Stack space="space.050">
        <Label htmlFor={INPUT_ID}>Backup file to import (JSON exported by Market Layer)</Label>
        <input
          id={INPUT_ID}
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(e) => void choose(e)}
        />
      </Stack>
      {state.phase === 'ready' && !confirming && (
        <Inline>
          <Button appearance="warning" onClick={() => setConfirming(true)}>
            Import {state.fileName}…
          </Button>
        </Inline>
      )}
      <ImportStatus state={state} onRetry={retry} />
      {confirming && state.phase === 'ready' && (
        <ImportConfirmModal
          fileName={state.fileName}
          current={current}
          incoming={state.counts}
          onConfirm={() => void runImport()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </Stack>
  );
}
