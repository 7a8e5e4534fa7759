import { kvs } from '@forge/kvs';
import type { Backup, JobStatus } from '../../../../src/contract';
import { generateSite } from '../../../../local/demo';
import { scaleBackup } from '../../../../local/demo/scale-portfolio';
import { startApp, type TestApp } from '../../../support/app';
import { importInChunks, refused, unwrap, upload } from '../../../support/backup-transfer';

/**
 * Issue 8: versions before the chunked import marked a running import with the plain key
 * `import-in-progress`. An import's state now lives in its job; a marker left behind by an import
 * that stopped under an old version blocks nothing, shows nowhere, and the next import deletes it.
 * Chunks staged before each chunk kept an index are never read as an empty backup.
 */
jest.setTimeout(60_000);

const site = generateSite({ projects: 6, epicsPerProject: 20, childrenPerEpic: 0 });
const backup: Backup = scaleBackup(site, {
  markets: 2,
  priorities: 6,
  solutions: 8,
  productsPerSolution: [2, 3],
  epicsPerCell: 2,
});
const OLD_MARKER = 'import-in-progress';

let app: TestApp;
beforeEach(async () => {
  app = startApp({ site });
  await kvs.set(OLD_MARKER, { startedAt: '2026-11-20T10:00:00.000Z', accountId: 'someone-long-gone' });
});
afterEach(() => app.close());

const lead = (key: string, payload: unknown = {}) =>
  app.callAs('portfolioLead', 'settings', key as never, payload as never);

test('a stale marker stops neither an import nor a refresh, and no page reports an import', async () => {
  expect(unwrap(await lead('admin.importStatus'))).toBeNull();
  const job = await importInChunks(app, backup, 8 * 1024);
  expect(job).toMatchObject({ kind: 'import', state: 'done' });
  const refresh = unwrap(await lead('admin.refreshSnapshots')) as JobStatus;
  expect(refresh).toMatchObject({ kind: 'refresh', state: 'running' });
  await app.rt.deliverJobs({ fastForward: true });
  const jobs = unwrap(await app.callAs('viewer', 'portfolio', 'jobs.list', {}));
  expect(jobs.filter((j) => j.state !== 'done')).toEqual([]);
});

test('the next import deletes the marker with its own staging: storage holds nothing of either', async () => {
  expect(Object.keys(app.rt.kvs.dump().kv)).toContain(OLD_MARKER);
  await importInChunks(app, backup, 8 * 1024);
  expect(Object.keys(app.rt.kvs.dump().kv).filter((k) => k.startsWith('import'))).toEqual([]);
});

test('an upload an earlier version staged (chunks without an index) starts over instead of resuming', async () => {
  const { session } = await upload(app, backup, { maxBytes: 8 * 1024 });
  // What the earlier version stored: receipts with the chunk's ids, no index beside the chunk.
  const receipts = Object.entries(app.rt.kvs.dump().kv).filter(([key]) => key.startsWith('import-receipt:'));
  expect(receipts.length).toBeGreaterThan(3);
  for (const [key, item] of receipts) {
    const { indexParts: _indexParts, ...earlier } = item.value as Record<string, unknown>;
    await kvs.set(key, { ...earlier, ids: [] });
  }
  // Committing it is refused, and nothing live is touched (an empty index would remove everything).
  const before = JSON.stringify(app.rt.kvs.dump().entities);
  const error = refused(await lead('admin.importCommit', { importId: session.id }));
  expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('earlier version') });
  expect(JSON.stringify(app.rt.kvs.dump().entities)).toBe(before);
  // Beginning again with the same file starts a new upload, which imports as usual.
  const again = await upload(app, backup, { maxBytes: 8 * 1024 });
  expect(again.session.id).not.toBe(session.id);
  expect(again.session.received).toEqual([]);
  const job = unwrap(await lead('admin.importCommit', { importId: again.session.id })) as JobStatus;
  await app.rt.deliverJobs({ fastForward: true });
  const jobs = unwrap(await app.callAs('viewer', 'portfolio', 'jobs.list', {}));
  expect(jobs.find((j) => j.id === job.id)).toMatchObject({ state: 'done' });
});
