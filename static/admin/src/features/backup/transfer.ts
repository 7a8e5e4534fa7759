import {
  joinPage,
  splitBackup,
  type Backup,
  type ImportSession,
  type JobStatus,
} from '../../../../../src/contract';
import { invoke } from '../../../../shared';

/**
 * The export a page at a time (each answer under Forge's 5 MB), joined into the same Backup a
 * one-answer export gave, so old and new files import alike.
 */
export async function exportInPages(onProgress: (received: number, total: number) => void): Promise<Backup> {
  let backup: Backup | null = null;
  let cursor: string | undefined;
  let received = 0;
  do {
    const page = await invoke('admin.exportPage', cursor ? { cursor } : {});
    backup = joinPage(backup, page.backup);
    received += recordsIn(page.backup);
    onProgress(received, Math.max(page.total, received));
    cursor = page.next ?? undefined;
  } while (cursor !== undefined);
  return backup;
}

const recordsIn = (b: Backup) =>
  b.markets.length + b.priorities.length + b.solutions.length + b.contributions.length + b.products.length;

/** SHA-256 of the backup as sent: the same file resumes its upload, another starts afresh. */
async function fingerprintOf(backup: Backup): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(backup)));
  return btoa(String.fromCharCode(...new Uint8Array(digest)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * Begins (or resumes) the upload and sends the chunks the backend does not hold yet, each under
 * Forge's 500 KB request limit, one at a time; a chunk sent twice replaces itself. Then commits:
 * the backend checks the whole backup and starts the job that writes it.
 */
export async function uploadAndCommit(
  backup: Backup,
  onProgress: (sent: number, chunks: number) => void,
  signal?: AbortSignal,
): Promise<{ session: ImportSession; job: JobStatus }> {
  const { begin, chunks } = splitBackup(backup, await fingerprintOf(backup));
  const session = await invoke('admin.importBegin', begin);
  const stored = new Set(session.received);
  let sent = stored.size;
  onProgress(sent, chunks.length);
  for (const chunk of chunks) {
    if (stored.has(chunk.chunk)) continue;
    // Stopping waits for the part in flight; the backend keeps what it stored, for a later resume.
    signal?.throwIfAborted();
    await invoke('admin.importChunk', { importId: session.id, ...chunk });
    onProgress(++sent, chunks.length);
  }
  signal?.throwIfAborted();
  const job = await invoke('admin.importCommit', { importId: session.id });
  return { session, job };
}
