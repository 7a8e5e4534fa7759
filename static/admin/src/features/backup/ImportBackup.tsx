import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { BackupCounts, ImportSession } from '../../../../../src/contract';
import { invoke, toResolverError, useJobs } from '../../../../shared';
import { ImportConfirmModal } from './ImportConfirmModal';
import { ImportStatus } from './ImportStatus';
import type { ImportState } from './importState';
import { InterruptedImport } from './InterruptedImport';
import { readBackupText } from './readBackupFile';
import { uploadAndCommit } from './transfer';

/**
 * File → check in the browser → confirm the replacement → upload in chunks (progress) → the
 * import job (progress, from jobs.list). A failed upload resumes where it stopped; a failed job
 * resumes from the settings page, with or without the file.
 */
export function ImportBackup({
  current,
  canManage,
  onImported,
}: {
  current: BackupCounts;
  canManage: boolean;
  onImported: () => void;
}) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const [confirming, setConfirming] = useState(false);
  const [interrupted, setInterrupted] = useState<ImportSession | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const { jobs, refresh } = useJobs((job) => {
    if (job.kind === 'import' && job.state === 'done') onImported();
  });

  // An import someone left unfinished (closed page, storage fault) is shown on arrival.
  useEffect(() => {
    if (!canManage) return;
    invoke('admin.importStatus', {})
      .then(setInterrupted)
      .catch(() => setInterrupted(null));
  }, [canManage]);

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

  const upload = async () => {
    if (state.phase !== 'ready' && state.phase !== 'failed') return;
    setConfirming(false);
    const { fileName, backup, counts } = state;
    setState({ phase: 'uploading', fileName, backup, counts, sent: 0, chunks: 1 });
    try {
      const { session, job } = await uploadAndCommit(backup, (sent, chunks) =>
        setState({ phase: 'uploading', fileName, backup, counts, sent, chunks }),
      );
      setInterrupted(null);
      setState({ phase: 'writing', fileName, counts, importId: session.id, jobId: job.id });
      refresh();
    } catch (thrown) {
      setState({ phase: 'failed', fileName, backup, counts, error: toResolverError(thrown) });
    }
  };

  const resume = async (session: ImportSession) => {
    const job = await invoke('admin.importCommit', { importId: session.id });
    setInterrupted(null);
    setState({
      phase: 'writing',
      fileName: 'the uploaded backup',
      counts: session.counts,
      importId: session.id,
      jobId: job.id,
    });
    refresh();
  };

  const busy = state.phase === 'reading' || state.phase === 'uploading';
  const job = state.phase === 'writing' ? jobs.find((j) => j.id === state.jobId) : undefined;
  return (
    <Stack space="space.150">
      {interrupted && state.phase === 'idle' && <InterruptedImport session={interrupted} onResume={resume} />}
      <Stack space="space.050">
        <Text>Backup file to import (JSON exported by Market Layer, any size)</Text>
        <Inline space="space.100" alignBlock="center">
          <Button onClick={() => input.current?.click()} isDisabled={busy || !canManage}>
            Choose backup file…
          </Button>
          <input
            ref={input}
            type="file"
            accept="application/json,.json"
            aria-label="Backup file to import"
            hidden
            onChange={(e) => void choose(e)}
          />
          {state.phase === 'ready' && !confirming && (
            <Button appearance="warning" onClick={() => setConfirming(true)}>
              Import {state.fileName}…
            </Button>
          )}
        </Inline>
      </Stack>
      <ImportStatus
        state={state}
        job={job}
        onRetryUpload={() => void upload()}
        onResumeJob={() =>
          state.phase === 'writing' &&
          void resume({ id: state.importId, counts: state.counts } as ImportSession)
        }
      />
      {confirming && state.phase === 'ready' && (
        <ImportConfirmModal
          fileName={state.fileName}
          current={current}
          incoming={state.counts}
          onConfirm={() => void upload()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </Stack>
  );
}
