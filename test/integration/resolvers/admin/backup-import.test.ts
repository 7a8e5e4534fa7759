import { splitBackup, type Backup } from '../../../../src/contract';
import { generateSite } from '../../../../local/demo';
import { scaleBackup } from '../../../../local/demo/scale-portfolio';
import { startApp, type TestApp } from '../../../support/app';
import {
  exportInPages,
  fingerprintOf,
  importInChunks,
  jobById,
  liveRecords,
  refused,
  stagedKeys,
  unwrap,
  upload,
} from '../../../support/backup-transfer';

/**
 * Issue 8 and issue 9 (item 3): the chunked import is safe to resend, resumable, checked whole
 * before anything live changes, and every answer about it is true, a storage fault included.
 */
jest.setTimeout(120_000);

const site = generateSite({ projects: 12, epicsPerProject: 20, childrenPerEpic: 0 });
const backup: Backup = scaleBackup(site, {
  markets: 3,
  priorities: 12,
  solutions: 20,
  productsPerSolution: [3, 6],
  epicsPerCell: 2,
});
/** Small chunks, so a backup of a few hundred records travels in many. */
const CHUNK = 24 * 1024;
const withoutTime = ({ exportedAt: _exportedAt, ...rest }: Backup) => rest;

let app: TestApp;
beforeEach(() => {
  app = startApp({ site });
});
afterEach(() => app.close());

const lead = <K extends Parameters<TestApp['callAs']>[2]>(
  key: K,
  payload: Parameters<TestApp['callAs']>[3],
) => app.callAs('portfolioLead', 'settings', key, payload as never);

/** A reference installation's export of the backup, to compare round trips with. */
async function expected(): Promise<Backup> {
  const other = startApp({ site });
  try {
    unwrap(await other.callAs('portfolioLead', 'settings', 'admin.import', { backup }));
    return (await exportInPages(other)).backup;
  } finally {
    other.close();
  }
}

test('a resent chunk replaces itself: stored once, and the import is exactly the backup', async () => {
  const { session } = await upload(app, backup, { maxBytes: CHUNK });
  const { chunks } = splitBackup(backup, fingerprintOf(backup), CHUNK);
  expect(chunks.length).toBeGreaterThan(5);
  const keys = stagedKeys(app);
  // The network failed after the chunk was stored: the browser sends it again, twice.
  for (let i = 0; i < 2; i++)
    expect(unwrap(await lead('admin.importChunk', { importId: session.id, ...chunks[3] }))).toEqual({
      chunk: 3,
    });
  expect(stagedKeys(app)).toEqual(keys);
  const status = unwrap(await lead('admin.importStatus', {}));
  expect(status!.received).toEqual(chunks.map((c) => c.chunk));

  const started = unwrap(await lead('admin.importCommit', { importId: session.id }));
  await app.rt.deliverJobs({ fastForward: true });
  expect(await jobById(app, started.id)).toMatchObject({ state: 'done', done: started.total });
  expect(withoutTime((await exportInPages(app)).backup)).toEqual(withoutTime(await expected()));
});

test('after a chunk fails, beginning again with the same file lists what is stored and the rest completes it', async () => {
  const { chunks } = splitBackup(backup, fingerprintOf(backup), CHUNK);
  // Storage fails the transaction of the fourth chunk; the browser stops there.
  app.rt.faults.inject({ target: 'kvs', nth: 4, kind: 'server-error', path: /transaction/ });
  const begin = splitBackup(backup, fingerprintOf(backup), CHUNK).begin;
  const session = unwrap(await lead('admin.importBegin', begin));
  const answers = [];
  for (const chunk of chunks.slice(0, 4))
    answers.push(await lead('admin.importChunk', { importId: session.id, ...chunk }));
  expect(answers.slice(0, 3).every((a) => a.ok)).toBe(true);
  expect(refused(answers[3])).toMatchObject({ code: 'UNAVAILABLE' });

  // The page is reloaded and the same file chosen: the upload resumes, it does not start over.
  const resumed = unwrap(await lead('admin.importBegin', begin));
  expect(resumed).toMatchObject({ id: session.id, received: [0, 1, 2] });
  const { chunkBytes } = await upload(app, backup, { maxBytes: CHUNK });
  expect(chunkBytes).toHaveLength(chunks.length - 3);
  expect(refused(await lead('admin.importCommit', { importId: 'imp_unknown000' })).code).toBe('NOT_FOUND');
  const started = unwrap(await lead('admin.importCommit', { importId: session.id }));
  await app.rt.deliverJobs({ fastForward: true });
  expect((await jobById(app, started.id)).state).toBe('done');
  expect(withoutTime((await exportInPages(app)).backup)).toEqual(withoutTime(await expected()));
});

describe('a backup that cannot be imported is refused before anything live is touched', () => {
  test('a record that breaks its schema is refused with the chunk, named by its place in the backup', async () => {
    const broken = {
      ...backup,
      priorities: backup.priorities.map((p, i) => (i === 3 ? { ...p, importance: 9 } : p)),
    };
    const { begin, chunks } = splitBackup(broken, 'broken-schema', 1024 * 1024);
    const session = unwrap(await lead('admin.importBegin', begin));
    const chunk = chunks.find((c) => c.section === 'priorities')!;
    const error = refused(await lead('admin.importChunk', { importId: session.id, ...chunk }));
    expect(error).toMatchObject({ code: 'VALIDATION' });
    expect(Object.keys(error.fields!)).toEqual(['backup.priorities.3.importance']);
  });

  test('references across chunks are checked at commit: fields named, nothing written, no job', async () => {
    const live = await importInChunks(app, backup, CHUNK);
    expect(live.state).toBe('done');
    const before = liveRecords(app);
    const broken = {
      ...backup,
      priorities: backup.priorities.map((p, i) => (i === 3 ? { ...p, marketId: 'mkt_gone0000' } : p)),
    };
    const { session } = await upload(app, broken, { maxBytes: CHUNK });
    const error = refused(await lead('admin.importCommit', { importId: session.id }));
    expect(error).toMatchObject({
      code: 'VALIDATION',
      fields: { 'backup.priorities.3.marketId': 'Market mkt_gone0000 is not in the backup' },
    });
    expect(liveRecords(app)).toEqual(before);
    expect(app.rt.pendingJobs()).toEqual([]);
  });

  test('a flood of problems answers the first 20 and how many there were', async () => {
    const flood = {
      ...backup,
      priorities: backup.priorities.map((p) => ({ ...p, marketId: 'mkt_gone0000' })),
    };
    const extra = Array.from({ length: 40 }, () => flood.priorities[0]);
    const { session } = await upload(
      app,
      { ...flood, priorities: [...flood.priorities, ...extra] },
      { maxBytes: CHUNK },
    );
    const error = refused(await lead('admin.importCommit', { importId: session.id }));
    expect(Object.keys(error.fields!)).toHaveLength(20);
    expect(error.message).toMatch(/The first 20 of \d+ problems are listed/);
  });
});

test('the import job stopped by storage faults says how much it wrote; resuming finishes it', async () => {
  const { session } = await upload(app, backup, { maxBytes: CHUNK });
  const started = unwrap(await lead('admin.importCommit', { importId: session.id }));
  // From the 12th storage transaction on (the first steps only record progress), nine in a row
  // fail: five deliveries of the same step and the notes of the retries between them.
  for (let i = 0; i < 9; i++)
    app.rt.faults.inject({ target: 'kvs', nth: 12, kind: 'server-error', path: /transaction/ });
  await app.rt.deliverJobs({ fastForward: true });
  const job = await jobById(app, started.id);
  expect(job.state).toBe('failed');
  expect(job.message).not.toMatch(/nothing was changed/i);
  const written = Number(/at least ([\d,]+) of/.exec(job.message!)![1].replace(/,/g, ''));
  expect(job.message).toContain(
    `at least ${written.toLocaleString('en')} of ${job.total!.toLocaleString('en')} records`,
  );
  expect(job.message).toContain('Resume the import on the settings page');
  // True: at least that many are stored, and not all of them.
  const stored = (await exportInPages(app)).backup;
  const count = (b: Backup) =>
    b.markets.length + b.priorities.length + b.solutions.length + b.contributions.length + b.products.length;
  expect(count(stored)).toBeGreaterThanOrEqual(written);
  expect(count(stored)).toBeLessThan(job.total!);
  // The admin page sees the interrupted import, and a commit resumes where it stopped.
  expect(unwrap(await lead('admin.importStatus', {}))).toMatchObject({
    id: session.id,
    job: { state: 'failed' },
  });
  const resumed = unwrap(await lead('admin.importCommit', { importId: session.id }));
  expect(resumed).toMatchObject({ state: 'running', done: job.done });
  await app.rt.deliverJobs({ fastForward: true });
  expect((await jobById(app, resumed.id)).state).toBe('done');
  expect(withoutTime((await exportInPages(app)).backup)).toEqual(withoutTime(await expected()));
  expect(unwrap(await lead('admin.importStatus', {}))).toBeNull();
});

test('admin.import cut short by a storage fault answers what it wrote, never "nothing was changed"', async () => {
  // The 14th storage transaction: the upload (5) and the removal steps (6) went through, a write does not.
  app.rt.faults.inject({ target: 'kvs', nth: 14, kind: 'server-error', path: /transaction/ });
  const error = refused(await lead('admin.import', { backup }));
  expect(error.code).toBe('UNAVAILABLE');
  expect(error.message).not.toMatch(/nothing was changed/i);
  expect(error.message).toMatch(/partly replaced: at least [\d,]+ of [\d,]+ records/);
  const status = unwrap(await lead('admin.importStatus', {}));
  expect(status!.job).toMatchObject({ state: 'failed', message: error.message });
  // Everyone sees it on the portfolio page's list of background work.
  const jobs = unwrap(await app.callAs('viewer', 'portfolio', 'jobs.list', {}));
  expect(jobs[0]).toMatchObject({ kind: 'import', state: 'failed' });
  unwrap(await lead('admin.importCommit', { importId: status!.id }));
  await app.rt.deliverJobs({ fastForward: true });
  expect(withoutTime((await exportInPages(app)).backup)).toEqual(withoutTime(await expected()));
});

test('one import at a time: another upload is refused while an import writes', async () => {
  const { session } = await upload(app, backup, { maxBytes: CHUNK });
  unwrap(await lead('admin.importCommit', { importId: session.id }));
  const other = splitBackup(
    { ...backup, markets: backup.markets.slice(0, 1), priorities: [], solutions: [], contributions: [] },
    'another-file',
  );
  expect(refused(await lead('admin.importBegin', other.begin)).code).toBe('CONFLICT');
  expect(refused(await lead('admin.import', { backup })).code).toBe('CONFLICT');
  await app.rt.deliverJobs({ fastForward: true });
  expect(unwrap(await lead('admin.importBegin', other.begin)).received).toEqual([]);
});

test.each(['viewer', 'productManager', 'engineeringLead'] as const)(
  'the %s may not import or follow an import',
  async (user) => {
    const { begin, chunks } = splitBackup(backup, 'not-allowed');
    const before = JSON.stringify(app.rt.kvs.dump());
    expect(refused(await app.callAs(user, 'settings', 'admin.importBegin', begin)).code).toBe('FORBIDDEN');
    const chunk = { importId: 'imp_0000000000', ...chunks[0] };
    expect(refused(await app.callAs(user, 'settings', 'admin.importChunk', chunk)).code).toBe('FORBIDDEN');
    expect(
      refused(await app.callAs(user, 'settings', 'admin.importCommit', { importId: 'imp_0000000000' })).code,
    ).toBe('FORBIDDEN');
    expect(refused(await app.callAs(user, 'settings', 'admin.importStatus', {})).code).toBe('FORBIDDEN');
    expect(JSON.stringify(app.rt.kvs.dump())).toEqual(before);
  },
);
