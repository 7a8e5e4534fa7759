import type { Backup } from '../../../../src/contract';
import { createStore } from '../../../../src/store';
import { generateSite } from '../../../../local/demo';
import { scaleBackup } from '../../../../local/demo/scale-portfolio';
import { startApp, type TestApp } from '../../../support/app';
import { importInChunks } from '../../../support/backup-transfer';

/**
 * Issue 8: an import replaces the market layer; what it replaced must leave nothing behind in
 * storage. The read model keeps values per solution (`epics-<solution>-<part>`, 100 links a value)
 * and per product (`linked-<i>`, the linked epic ids the daily reconcile refreshes): after a
 * smaller backup is imported over a larger one, no value names a record that is gone, and no
 * solution keeps a part past its links.
 */
jest.setTimeout(120_000);

const site = generateSite({ projects: 8, epicsPerProject: 200, childrenPerEpic: 0 });
/** 12 solutions of ~150 links each: two `epics-…` parts a solution. */
const larger: Backup = scaleBackup(site, {
  markets: 4,
  priorities: 16,
  solutions: 12,
  productsPerSolution: [3, 4],
  epicsPerCell: 40,
});
/** The same ids from 0, fewer of each: 4 solutions of ~15 links, so every solution has one part. */
const smaller: Backup = scaleBackup(site, {
  markets: 2,
  priorities: 6,
  solutions: 4,
  productsPerSolution: [3, 4],
  epicsPerCell: 5,
});

let app: TestApp;
beforeAll(async () => {
  app = startApp({ site });
  expect((await importInChunks(app, larger, 64 * 1024)).state).toBe('done');
  expect((await importInChunks(app, smaller, 64 * 1024)).state).toBe('done');
});
afterAll(() => app.close());

const idsOf = (b: Backup) =>
  new Set([
    ...b.markets.map((r) => r.id),
    ...b.priorities.map((r) => r.id),
    ...b.solutions.map((r) => r.id),
    ...b.contributions.map((r) => r.id),
  ]);

test('the larger backup had solutions of several parts, and more of every record', () => {
  const links = (b: Backup, id: string) => b.contributions.filter((c) => c.solutionId === id).length;
  expect(larger.solutions.filter((s) => links(larger, s.id) > 100).length).toBeGreaterThan(8);
  expect(smaller.solutions.every((s) => links(smaller, s.id) <= 100)).toBe(true);
});

test("every per-solution value is a solution's that exists, and only the parts its links fill", () => {
  const keys = Object.keys(app.rt.kvs.dump().entities['read-model'] ?? {}).filter((k) =>
    k.startsWith('epics-'),
  );
  const expected = smaller.solutions.map((s) => `epics-${s.id}-0`).sort();
  expect(keys.sort()).toEqual(expected);
});

test('no stored value names a record the import removed (the audit trail and job history aside)', () => {
  const gone = [...idsOf(larger)].filter((id) => !idsOf(smaller).has(id));
  expect(gone.length).toBeGreaterThan(1_000);
  const { kv, entities } = app.rt.kvs.dump();
  const kept = Object.entries(entities).filter(([entity]) => entity !== 'audit-entry' && entity !== 'job');
  const stored = JSON.stringify([kv, kept]);
  const named = gone.filter((id) => stored.includes(`${id}"`) || stored.includes(`${id}-`));
  expect(named).toEqual([]);
});

test('the linked epics the daily reconcile refreshes are exactly the backup’s', async () => {
  const store = createStore({ now: () => new Date() });
  const linked = await store.readModel.readLinkedEpicIds();
  expect([...linked].sort()).toEqual([...new Set(smaller.contributions.map((c) => c.epicId))].sort());
});
