import type { Backup } from '../../../../src/contract';
import { createStore, type StoredJob } from '../../../../src/store';
import { generateSite } from '../../../../local/demo';
import { scaleBackup, type ScaleSize } from '../../../../local/demo/scale-portfolio';
import { startApp } from '../../../support/app';
import { unwrap, upload } from '../../../support/backup-transfer';

/**
 * Issue 8: an import's cost per call is bounded by the chunk, not by the backup. The commit
 * checks the backup from the chunks' index (keys and references), never reading the records
 * back; each step of the `import` job that writes reads only the chunks it writes; the read
 * model is rebuilt from pages of records, then one shard a step, never in one step reading every
 * record. Measured through the KVS emulator's counters at two backup sizes (× 3), each step
 * labelled by the phase its cursor was in: every step's reads stay flat.
 */
jest.setTimeout(240_000);

const site = generateSite({ projects: 60, epicsPerProject: 120, childrenPerEpic: 0 });
const SMALL: ScaleSize = {
  markets: 4,
  priorities: 40,
  solutions: 150,
  productsPerSolution: [3, 6],
  epicsPerCell: 3,
};
const LARGE: ScaleSize = { ...SMALL, markets: 12, priorities: 120, solutions: 450 };
/** Small chunks, so both backups travel in many and a write step writes several. */
const CHUNK = 48 * 1024;

type Cost = Record<string, number>;
interface ImportCost {
  backupBytes: number;
  commit: { kvsRequests: number; readBytes: number };
  /** Each step's cost by the phase of the import it was (ImportCursor['phase']). */
  phases: Record<string, Cost[]>;
}

/** Uploads the backup to a fresh installation, commits it and runs the job: what each part read. */
async function importCost(size: ScaleSize): Promise<ImportCost> {
  const backup: Backup = scaleBackup(site, size);
  const app = startApp({ site });
  try {
    const { session } = await upload(app, backup, { maxBytes: CHUNK });
    const kvs = app.rt.kvs;
    const [requests, bytes] = [kvs.operationCount, kvs.readBytes];
    unwrap(await app.callAs('portfolioLead', 'settings', 'admin.importCommit', { importId: session.id }));
    const commit = { kvsRequests: kvs.operationCount - requests, readBytes: kvs.readBytes - bytes };
    const importJob = () =>
      Object.values(app.rt.kvs.dump().entities.job ?? {})
        .map((item) => (item.value as { record: StoredJob }).record)
        .find((j) => j.kind === 'import')!;
    // The phase each delivery ran in: the cursor the one before it left (read between deliveries,
    // outside their measured costs). The import's deliveries come first; its last queues a recount.
    const store = createStore({ now: () => new Date() });
    const { id } = importJob();
    const cursors: string[] = [(importJob().cursor as { phase: string }).phase];
    const report = await app.rt.deliverJobs({
      fastForward: true,
      afterEach: async () => {
        const job = await store.jobs.get(id);
        cursors.push(job?.state === 'running' ? (job.cursor as { phase: string }).phase : 'after');
      },
    });
    expect(importJob()).toMatchObject({ state: 'done' });
    const phases: Record<string, Cost[]> = {};
    report.costs.forEach((cost, i) => (phases[cursors[i]] ??= []).push(cost));
    return {
      backupBytes: Buffer.byteLength(JSON.stringify(backup)),
      commit,
      phases,
    };
  } finally {
    app.close();
  }
}

let small: ImportCost;
let large: ImportCost;
beforeAll(async () => {
  small = await importCost(SMALL);
  large = await importCost(LARGE);
});

const most = (steps: Cost[], key: string) => Math.max(...steps.map((s) => s[key]));

test('the larger backup is about three times the size, written in more steps', () => {
  expect(large.backupBytes / small.backupBytes).toBeGreaterThan(2.5);
  expect(small.phases.write.length).toBeGreaterThan(1);
  expect(large.phases.write.length).toBeGreaterThan(small.phases.write.length * 2);
});

test('each write step reads only the chunks it writes: the same at both sizes, however large the backup', () => {
  // (Before, each step also read every chunk's receipt with its ids: 27 vs 81 chunks here.)
  const [s, l] = [small.phases.write, large.phases.write];
  expect(most(l, 'readBytes')).toBeLessThan(most(s, 'readBytes') * 1.05);
  expect(most(l, 'kvsRequests')).toBeLessThanOrEqual(most(s, 'kvsRequests') + 2);
  expect(most(l, 'readUnits')).toBeLessThanOrEqual(most(s, 'readUnits') + 3);
});

test('the read model is rebuilt from pages of records, in more steps for the larger backup', () => {
  // finish (settings, audit) → rebuild (note the versions, then pages) → assemble (one shard a step)
  // → the epics' issue properties (issue 11) → cleanup
  expect(Object.keys(large.phases)).toEqual([
    'remove',
    'write',
    'finish',
    'rebuild',
    'assemble',
    'properties',
    'cleanup',
    'after',
  ]);
  expect(small.phases.assemble).toHaveLength(32);
  expect(large.phases.assemble).toHaveLength(32);
  expect(large.phases.rebuild.length).toBeGreaterThan(small.phases.rebuild.length * 2);
});

test('each rebuild step reads a page of records: the same at both sizes (was one step reading every record)', () => {
  // Before, the finish step read every record and every shard in one step: 3 times more here.
  const after = (c: ImportCost) => [...c.phases.finish, ...(c.phases.rebuild ?? []), ...c.phases.cleanup];
  expect(most(after(large), 'readBytes')).toBeLessThan(most(after(small), 'readBytes') * 1.15);
  expect(most(after(large), 'kvsRequests')).toBeLessThanOrEqual(most(after(small), 'kvsRequests') + 2);
});

test('each assembly step reads one shard and the parts left for it: flat in requests, a 32nd of the portfolio in bytes', () => {
  const [s, l] = [small.phases.assemble, large.phases.assemble];
  expect(most(l, 'kvsRequests')).toBeLessThanOrEqual(most(s, 'kvsRequests') + 1);
  // One shard's share of the summary (a 32nd; KVS caps a value at 240 KiB), never the whole backup:
  // it grows with the portfolio, but at a 32nd of the rate the one-step rebuild did.
  for (const c of [small, large])
    expect(most(c.phases.assemble, 'readBytes')).toBeLessThan(c.backupBytes / 32);
});

test('the commit checks the whole backup from its index: a small fraction of its bytes', () => {
  expect(small.commit.readBytes).toBeLessThan(small.backupBytes / 4);
  expect(large.commit.readBytes).toBeLessThan(large.backupBytes / 4);
});
