import { useEffect, useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import type { BackupCounts, ImportSession } from '../../../../../src/contract';
import { invoke, toResolverError, useJobs } from '../../../../shared';
import { BackupDropZone } from './BackupDropZone';
import { ImportConfirmModal } from './ImportConfirmModal';
import { ImportStatus } from './ImportStatus';
import type { ImportState } from './importState';
import { InterruptedImport } from './InterruptedImport';
import { readBackupText } from './readBackupFile';
import { uploadAndCommit } from './transfer';

/**
 * File (dropped or chosen) → check in the browser → confirm the replacement → upload in chunks (progress) → the
 * import job (progress, from jobs.list). A failed or stopped upload resumes where it stopped (the
 * backend keeps the parts it stored); a failed job resumes from the settings page, with or without
 * the file. The job itself cannot be cancelled: the backend has no such request, and stopping a
 * replacement half way would leave the data partly written.
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
  const [chosen, setChosen] = useState<{ name: string; size: number } | null>(null);
  const stopper = useRef<AbortController | null>(null);
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

  const choose = async (file: File) => {
    setChosen({ name: file.name, size: file.size });
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
    if (state.phase !== 'ready' && state.phase !== 'failed' && state.phase !== 'stopped') return;
    setConfirming(false);
    const { fileName, backup, counts } = state;
    setState({ phase: 'uploading', fileName, backup, counts, sent: 0, chunks: 1 });
    const controller = new AbortController();
    stopper.current = controller;
    let progress = { sent: 0, chunks: 1 };
    try {
      const { session, job } = await uploadAndCommit(
        backup,
        (sent, chunks) => {
          progress = { sent, chunks };
          setState({ phase: 'uploading', fileName, backup, counts, sent, chunks });
        },
        controller.signal,
      );
      setInterrupted(null);
      setState({ phase: 'writing', fileName, counts, importId: session.id, jobId: job.id });
      refresh();
    } catch (thrown) {
      if (controller.signal.aborted) setState({ phase: 'stopped', fileName, backup, counts, ...progress });
      else setState({ phase: 'failed', fileName, backup, counts, error: toResolverError(thrown) });
    } finally {
      stopper.current = null;
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
      <BackupDropZone disabled={busy || !canManage} chosen={chosen} onFile={(file) => void choose(file)} />
      {state.phase === 'ready' && !confirming && (
        <Inline>
          <Button appearance="warning" onClick={() => setConfirming(true)}>
            Import {state.fileName}…
          </Button>
        </Inline>
      )}
      <ImportStatus
        state={state}
        job={job}
        onRetryUpload={() => void upload()}
        onStopUpload={() => stopper.current?.abort()}
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
