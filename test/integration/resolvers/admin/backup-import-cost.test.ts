import { LINKS_PER_PROPERTY_STEP, STALE_PER_STEP } from '../../../../src/resolvers/jobs/property-backfill';
import type { Backup } from '../../../../src/contract';
import type { StoredJob } from '../../../../src/store';
import { generateSite } from '../../../../local/demo';
import { scaleBackup, type ScaleSize } from '../../../../local/demo/scale-portfolio';
import { startApp } from '../../../support/app';
import { unwrap, upload } from '../../../support/backup-transfer';

/**
 * Issue 8: an import's cost per call is bounded by the chunk, not by the backup. The commit
 * checks the backup from the chunks' index (keys and references), never reading the records
 * back; each step of the `import` job that writes reads only the chunks it writes. Measured
 * through the KVS emulator's counters at two backup sizes (× 3): the write steps' reads stay flat.
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

interface ImportCost {
  backupBytes: number;
  commit: { kvsRequests: number; readBytes: number };
  writeSteps: Record<string, number>[];
  steps: number;
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
    const report = await app.rt.deliverJobs({ fastForward: true });
    const job = Object.values(app.rt.kvs.dump().entities.job ?? {})
      .map((item) => (item.value as { record: StoredJob }).record)
      .find((j) => j.kind === 'import')!;
    expect(job).toMatchObject({ state: 'done' });
    // The import job's deliveries come first (the recount it starts is queued by its last step):
    // 5 removal steps (nothing live to remove), the write steps, then finish, the epics' issue
    // properties (the links 1,000 a step, then the epics that carry one, 1,000 a step) and clean-up.
    const importSteps = report.costs.slice(0, job.step);
    const propertySteps =
      Math.ceil(backup.contributions.length / LINKS_PER_PROPERTY_STEP) +
      Math.ceil(new Set(backup.contributions.map((c) => c.epicId)).size / STALE_PER_STEP);
    return {
      backupBytes: Buffer.byteLength(JSON.stringify(backup)),
      commit,
      writeSteps: importSteps.slice(5, -(2 + propertySteps)),
      steps: job.step,
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

const most = (steps: Record<string, number>[], key: string) => Math.max(...steps.map((s) => s[key]));

test('the larger backup is about three times the size, written in more steps', () => {
  expect(large.backupBytes / small.backupBytes).toBeGreaterThan(2.5);
  expect(small.writeSteps.length).toBeGreaterThan(1);
  expect(large.writeSteps.length).toBeGreaterThan(small.writeSteps.length * 2);
});

test('each write step reads only the chunks it writes: the same at both sizes, however large the backup', () => {
  // (Before, each step also read every chunk's receipt with its ids: 27 vs 81 chunks here.)
  expect(most(large.writeSteps, 'readBytes')).toBeLessThan(most(small.writeSteps, 'readBytes') * 1.05);
  expect(most(large.writeSteps, 'kvsRequests')).toBeLessThanOrEqual(
    most(small.writeSteps, 'kvsRequests') + 2,
  );
  expect(most(large.writeSteps, 'readUnits')).toBeLessThanOrEqual(most(small.writeSteps, 'readUnits') + 3);
});

test('the commit checks the whole backup from its index: a small fraction of its bytes', () => {
  expect(small.commit.readBytes).toBeLessThan(small.backupBytes / 4);
  expect(large.commit.readBytes).toBeLessThan(large.backupBytes / 4);
});
