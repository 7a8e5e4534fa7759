import {
  backup as backupSchema,
  BACKUP_SECTIONS,
  fail,
  splitBackup,
  type Backup,
  type BackupCounts,
  type ImportBegin,
  type ImportChunk,
  type ImportSession,
  type JobStatus,
} from '../../contract';
import type { Deps } from '../../deps';
import { planOf, type Receipt, type StagedImport, type StoredJob } from '../../store';
import { firstImportCursor, resumeCursor, type ImportArgs, type ImportCursor } from '../jobs/import';
import { runToTheEnd } from '../jobs/run-inline';
import { refuseImportDuringJobs } from '../jobs/exclusive';
import { isLive, startJob, statusOf } from '../jobs/start';

/** An upload with no chunk for this long no longer stops someone else from starting another. */
const ABANDONED_AFTER_MS = 15 * 60 * 1000;

/**
 * `admin.importBegin`: a new upload, or the same file's upload resumed (same fingerprint: the
 * answer lists the chunks already stored). Refused while an import is writing, and while someone
 * else's upload is still arriving.
 */
export async function beginImport(deps: Deps, input: ImportBegin, accountId: string): Promise<ImportSession> {
  const current = await deps.store.backup.staging.session();
  if (current) {
    const job = await jobOf(deps, current);
    if (job && isLive(job, deps.now())) refuseWhileWriting(job);
    const receipts = await deps.store.backup.staging.receipts(current.id);
    // Chunks an earlier version staged carry no index: that upload starts over.
    const ofThisVersion = receipts.every((r) => r.indexParts !== undefined);
    if (current.fingerprint === input.fingerprint && job?.state !== 'done' && ofThisVersion)
      return sessionView(deps, current, job);
    const last = Math.max(Date.parse(current.startedAt), ...receipts.map((r) => Date.parse(r.at)));
    if (!job && current.startedBy !== accountId && deps.now().getTime() - last < ABANDONED_AFTER_MS)
      fail(
        'CONFLICT',
        `Someone else is uploading a backup (${receipts.length} of ${current.chunks} chunks so far). Try again when their import has started, or after 15 minutes without progress.`,
      );
    await deps.store.backup.staging.drop(current.id);
  }
  await refuseImportDuringJobs(deps);
  const { backup, chunks, fingerprint } = input;
  const session: StagedImport = {
    id: deps.store.backup.newImportId(),
    fingerprint,
    startedAt: deps.now().toISOString(),
    startedBy: accountId,
    format: backup.format,
    exportedAt: backup.exportedAt,
    settings: backupSchema.shape.settings.parse(backup.settings),
    counts: backup.counts,
    chunks,
    jobId: null,
  };
  await deps.store.backup.staging.saveSession(session);
  return sessionView(deps, session, undefined);
}

/** `admin.importChunk`: stores one chunk (again, if it is resent). */
export async function receiveChunk(deps: Deps, input: ImportChunk): Promise<{ chunk: number }> {
  const session = await uploading(deps, input.importId);
  const { importId: _id, ...chunk } = input;
  await deps.store.backup.stageChunk(session, chunk);
  return { chunk: input.chunk };
}

/**
 * `admin.importCommit`: checks the whole staged backup, then starts the job that writes it. A
 * commit after the job failed resumes it where it stopped; one while it runs answers its status.
 */
export async function commitImport(deps: Deps, importId: string, accountId: string): Promise<JobStatus> {
  const session = await sessionById(deps, importId);
  const job = await jobOf(deps, session);
  if (job?.state === 'running' && isLive(job, deps.now())) return statusOf(job);
  if (job?.state === 'done') return statusOf(job);
  // Begun before a refresh or a cascade started: the import still waits for it.
  await refuseImportDuringJobs(deps);
  // Checked once; a resumed job writes the same chunks in the same order.
  const ordered = job
    ? deps.store.backup.writeOrder(await deps.store.backup.staging.receipts(session.id))
    : await deps.store.backup.checkStaged(session);
  const started = await startJob(deps, importJobOf(session, ordered, accountId, true, job));
  await deps.store.backup.staging.saveSession({ ...session, jobId: started.id });
  return statusOf(started);
}

/** `admin.importStatus`: the import under way or interrupted, if any. */
export async function importStatus(deps: Deps): Promise<ImportSession | null> {
  const session = await deps.store.backup.staging.session();
  return session && sessionView(deps, session, await jobOf(deps, session));
}

/**
 * `admin.import`: a backup small enough for one request, written before the call answers,
 * through the same staging and steps as the page's import. A failure midway answers what was
 * written (and the settings page can resume it).
 */
export async function importInOneCall(deps: Deps, backup: Backup, accountId: string): Promise<BackupCounts> {
  // Checked whole before anything is stored: a bad file writes nothing at all.
  deps.store.backup.checkWhole(backup);
  const { begin, chunks } = splitBackup(backup, `one-call-${deps.now().getTime()}`);
  const { id } = await beginImport(deps, begin, accountId);
  const session = (await deps.store.backup.staging.session())!;
  if (session.id !== id) fail('CONFLICT', 'Another import started at the same moment. Try again.');
  for (const chunk of chunks) await deps.store.backup.stageChunk(session, chunk);
  const ordered = await deps.store.backup.checkStaged(session);
  const job = await deps.store.jobs.start(importJobOf(session, ordered, accountId, false, undefined));
  await deps.store.backup.staging.saveSession({ ...session, jobId: job.id });
  await runToTheEnd(deps, job);
  return begin.backup.counts;
}

function importJobOf(
  session: StagedImport,
  ordered: readonly Receipt[],
  accountId: string,
  recount: boolean,
  failed: StoredJob | undefined,
) {
  const total = BACKUP_SECTIONS.reduce((sum, s) => sum + session.counts[s], 0);
  return {
    kind: 'import' as const,
    label: `Importing a backup exported ${session.exportedAt.slice(0, 10)}`,
    unit: 'records',
    total,
    startedBy: accountId,
    cursor: failed ? resumeCursor(failed.cursor as ImportCursor) : firstImportCursor(),
    done: failed?.done ?? 0,
    args: { importId: session.id, recount, plan: ordered.map(planOf) } satisfies ImportArgs,
  };
}

async function uploading(deps: Deps, importId: string): Promise<StagedImport> {
  const session = await sessionById(deps, importId);
  if (session.jobId) fail('CONFLICT', 'This import was committed: its chunks can no longer change.');
  return session;
}

async function sessionById(deps: Deps, importId: string): Promise<StagedImport> {
  const session = await deps.store.backup.staging.session();
  if (session?.id !== importId)
    fail('NOT_FOUND', 'This upload was replaced by another or has finished. Start the import again.');
  return session!;
}

async function jobOf(deps: Deps, session: StagedImport): Promise<StoredJob | undefined> {
  return session.jobId ? deps.store.jobs.get(session.jobId) : undefined;
}

function refuseWhileWriting(job: StoredJob): never {
  return fail(
    'CONFLICT',
    `An import started ${job.startedAt} is writing the market layer now (${job.done} of ${job.total ?? '?'} records). Wait for it to finish.`,
  );
}

async function sessionView(
  deps: Deps,
  session: StagedImport,
  job: StoredJob | undefined,
): Promise<ImportSession> {
  const receipts = await deps.store.backup.staging.receipts(session.id);
  return {
    id: session.id,
    fingerprint: session.fingerprint,
    exportedAt: session.exportedAt,
    counts: session.counts,
    chunks: session.chunks,
    received: receipts.map((r) => r.chunk),
    startedAt: session.startedAt,
    startedBy: session.startedBy,
    job: job ? statusOf(job) : null,
  };
}
