import type { Backup } from '../../../src/contract';
import { createStore } from '../../../src/store';
import { generateSite } from '../../../local/demo';
import { scaleBackup } from '../../../local/demo/scale-portfolio';
import { startApp, type TestApp } from '../../support/app';
import { jobById, unwrap, upload } from '../../support/backup-transfer';
import { expectReadModelAgreement } from '../read-model/agreement';

/**
 * Issue 8: the import rebuilds the portfolio summary in bounded steps, so people (and Jira's
 * events) can change the market layer between them. A change that wrote a shard the rebuild had
 * not yet written makes it begin again, never lose the change: the summary agrees with the
 * records at the end. Past MAX_ROUNDS such changes the job stops saying so, and resuming finishes.
 */
jest.setTimeout(180_000);

const site = generateSite({ projects: 10, epicsPerProject: 20, childrenPerEpic: 0 });
const backup: Backup = scaleBackup(site, {
  markets: 3,
  priorities: 12,
  solutions: 20,
  productsPerSolution: [3, 5],
  epicsPerCell: 2,
});
const store = createStore({ now: () => new Date() });
const linked = new Set(backup.contributions.map((c) => c.epicId));
/** Epics the backup does not link: each change links one more. */
const spare = site.issues.filter((i) => !i.parentId && !linked.has(i.id)).map((i) => i.key);

let app: TestApp;
beforeEach(() => {
  app = startApp({ site });
});
afterEach(() => app.close());

const commit = (importId: string) =>
  app.callAs('portfolioLead', 'settings', 'admin.importCommit', { importId });

/** Uploads and commits the backup; answers the import job's id. */
async function commitImport(): Promise<string> {
  const { session } = await upload(app, backup);
  return unwrap(await commit(session.id)).id;
}

/**
 * Runs the queued steps; before each assembly step that `when` picks (by how many came before),
 * someone links a spare epic to one of the backup's solutions. Answers the steps' phases.
 */
async function runWithChanges(jobId: string, when: (assembly: number) => boolean): Promise<string[]> {
  const phases: string[] = [];
  let assemblies = 0;
  let step = -1;
  await app.rt.deliverJobs({
    fastForward: true,
    afterEach: async () => {
      const job = await store.jobs.get(jobId);
      // Other deliveries (each link queues its epic's property write) leave the import where it was.
      if (job?.step === step) return;
      step = job?.step ?? step;
      const phase = job?.state === 'running' ? (job.cursor as { phase: string }).phase : 'ended';
      phases.push(phase);
      if (phase !== 'assemble' || !when(assemblies++)) return;
      const solution = backup.solutions[phases.length % backup.solutions.length];
      const result = await app.callAs('portfolioLead', 'portfolio', 'contribution.link', {
        solutionId: solution.id,
        issue: spare.shift()!,
      });
      expect(result.ok).toBe(true);
    },
  });
  return phases;
}

test('a link made while the shards are assembled makes the rebuild begin again; nothing is lost', async () => {
  const jobId = await commitImport();
  const phases = await runWithChanges(jobId, (n) => n === 3);
  const job = await jobById(app, jobId);
  expect([job.state, job.message]).toEqual(['done', job.message]);
  // The link wrote shards the rebuild had noted at an older version: a second round of pages and shards.
  expect(phases.filter((p) => p === 'assemble').length).toBeGreaterThan(32);
  await expectReadModelAgreement(store);
  expect(Object.keys(app.rt.kvs.dump().kv).filter((key) => key.startsWith('import-'))).toEqual([]);
});

test('changes before every assembly: the job stops saying so, and resuming the import finishes it', async () => {
  const jobId = await commitImport();
  await runWithChanges(jobId, () => true);
  const stopped = await jobById(app, jobId);
  expect(stopped.state).toBe('failed');
  expect(stopped.message).toContain('The portfolio summary changed 5 times while it was being rebuilt');
  expect(stopped.message).toContain('Every record of the backup is written');
  const { session } = await upload(app, backup);
  const resumed = unwrap(await commit(session.id));
  await app.rt.deliverJobs({ fastForward: true });
  expect((await jobById(app, resumed.id)).state).toBe('done');
  await expectReadModelAgreement(store);
  // The parts of every round begun again are gone with the upload.
  expect(Object.keys(app.rt.kvs.dump().kv).filter((key) => key.startsWith('import-'))).toEqual([]);
});
