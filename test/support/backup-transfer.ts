import { createHash } from 'node:crypto';
import {
  joinPage,
  splitBackup,
  type AppError,
  type Backup,
  type ImportSession,
  type JobStatus,
  type Result,
} from '../../src/contract';
import type { DemoUserRole } from '../../local/demo';
import type { TestApp } from './app';

/** What the admin page does to export: pages until `next` is null, joined into one backup. */
export async function exportInPages(
  app: TestApp,
  user: DemoUserRole = 'portfolioLead',
): Promise<{ backup: Backup; pageBytes: number[] }> {
  let backup: Backup | null = null;
  let cursor: string | undefined;
  const pageBytes: number[] = [];
  do {
    const page = unwrap(await app.callAs(user, 'settings', 'admin.exportPage', cursor ? { cursor } : {}));
    pageBytes.push(Buffer.byteLength(JSON.stringify(page)));
    backup = joinPage(backup, page.backup);
    cursor = page.next ?? undefined;
  } while (cursor !== undefined);
  return { backup: backup!, pageBytes };
}

export const fingerprintOf = (backup: Backup) =>
  createHash('sha256').update(JSON.stringify(backup)).digest('base64url');

/** Begin, then every chunk the session does not hold yet (all but `skip`); answers the session and the chunks' sizes. */
export async function upload(
  app: TestApp,
  backup: Backup,
  options: { skip?: number[]; user?: DemoUserRole; maxBytes?: number } = {},
): Promise<{ session: ImportSession; chunkBytes: number[] }> {
  const user = options.user ?? 'portfolioLead';
  const { begin, chunks } = splitBackup(backup, fingerprintOf(backup), options.maxBytes);
  const session = unwrap(await app.callAs(user, 'settings', 'admin.importBegin', begin));
  const chunkBytes: number[] = [];
  for (const chunk of chunks) {
    if (session.received.includes(chunk.chunk) || options.skip?.includes(chunk.chunk)) continue;
    const payload = { importId: session.id, ...chunk };
    chunkBytes.push(Buffer.byteLength(JSON.stringify(payload)));
    unwrap(await app.callAs(user, 'settings', 'admin.importChunk', payload));
  }
  return { session, chunkBytes };
}

/** Upload, commit, and run the import job to its end: the job as it finished. */
export async function importInChunks(app: TestApp, backup: Backup, maxBytes?: number): Promise<JobStatus> {
  const { session } = await upload(app, backup, { maxBytes });
  const started = unwrap(
    await app.callAs('portfolioLead', 'settings', 'admin.importCommit', { importId: session.id }),
  );
  await app.rt.deliverJobs({ fastForward: true });
  return jobById(app, started.id);
}

export async function jobById(app: TestApp, id: string): Promise<JobStatus> {
  const jobs = unwrap(await app.callAs('viewer', 'portfolio', 'jobs.list', {}));
  const job = jobs.find((j) => j.id === id);
  if (!job) throw new Error(`No job ${id}`);
  return job;
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected ok, got ${JSON.stringify(result.error)}`);
  return result.data;
}

export function refused<T>(result: Result<T>): AppError {
  if (result.ok) throw new Error('Expected a failure');
  return result.error;
}

/** Market Layer's own records in storage (not the staging, the jobs or the read model). */
export function liveRecords(app: TestApp): string {
  const { entities } = app.rt.kvs.dump();
  return JSON.stringify(
    ['market', 'priority', 'solution', 'contribution', 'product', 'settings'].map((e) => entities[e] ?? null),
  );
}

/** Keys of the staged upload (`import-part:…`, `import-receipt:…`, the session). */
export function stagedKeys(app: TestApp): string[] {
  return Object.keys(app.rt.kvs.dump().kv).filter((k) => k.startsWith('import'));
}
