import { EXPORT_PAGE_BYTES, IMPORT_CHUNK_BYTES, splitBackup, type Backup } from '../../../../src/contract';
import { generateSite } from '../../../../local/demo';
import { scaleBackup } from '../../../../local/demo/scale-portfolio';
import { startApp, type TestApp } from '../../../support/app';
import { exportInPages, importInChunks, refused, stagedKeys, unwrap } from '../../../support/backup-transfer';

/**
 * Issue 8: a backup larger than Forge lets one answer (5 MB) or one request (500 KB) carry goes
 * out in pages under 4 MB and comes back in chunks under 400 KB, and round-trips identically.
 */
jest.setTimeout(240_000);

const site = generateSite({ projects: 60, epicsPerProject: 150, childrenPerEpic: 0 });
const source: Backup = scaleBackup(site, {
  markets: 10,
  priorities: 200,
  solutions: 260,
  productsPerSolution: [4, 10],
  epicsPerCell: 5,
});
const withoutTime = ({ exportedAt: _exportedAt, ...rest }: Backup) => rest;
/** The same records, whatever order they were listed in (the export lists them by its indexes). */
const byKey = (b: Backup) => {
  const key = (r: object) => ('id' in r ? String(r.id) : String((r as { projectId: string }).projectId));
  const sort = <T extends object>(list: T[]) => [...list].sort((x, y) => key(x).localeCompare(key(y)));
  const { markets, priorities, solutions, contributions, products } = b;
  return {
    ...withoutTime(b),
    markets: sort(markets),
    priorities: sort(priorities),
    solutions: sort(solutions),
    contributions: sort(contributions),
    products: sort(products),
  };
};

let from: TestApp;
let to: TestApp;
beforeAll(async () => {
  from = startApp({ site });
  to = startApp({ site });
  unwrap(await from.callAs('portfolioLead', 'settings', 'admin.import', { backup: source }));
});
afterAll(() => {
  from.close();
  to.close();
});

test('the backup is over what one answer may carry, so the one-answer export says LIMIT', async () => {
  expect(Buffer.byteLength(JSON.stringify(source))).toBeGreaterThan(5 * 1024 * 1024);
  expect(refused(await from.callAs('portfolioLead', 'settings', 'admin.export', {})).code).toBe('LIMIT');
});

test('exported in pages under 4 MB, imported in chunks under 400 KB by a job, it reads back identical', async () => {
  const { backup, pageBytes } = await exportInPages(from);
  expect(pageBytes.length).toBeGreaterThan(1);
  for (const bytes of pageBytes) expect(bytes).toBeLessThanOrEqual(EXPORT_PAGE_BYTES);
  expect(byKey(backup)).toEqual(byKey(source));

  const job = await importInChunks(to, backup);
  const total = backup.markets.length + backup.priorities.length + backup.solutions.length;
  expect(job).toMatchObject({ kind: 'import', state: 'done', done: expect.any(Number) });
  expect(job.done).toBeGreaterThan(total);
  expect(stagedKeys(to)).toEqual([]);
  // Round trip: the second installation exports exactly what the first did, in the same order.
  expect(withoutTime((await exportInPages(to)).backup)).toEqual(withoutTime(backup));
  // The import asked for the open epics of every product to be counted again, and that ran too.
  const jobs = unwrap(await to.callAs('viewer', 'portfolio', 'jobs.list', {}));
  expect(jobs.find((j) => j.kind === 'count')).toMatchObject({ state: 'done' });
  // The landing works from the rebuilt read model.
  const landing = unwrap(await to.callAs('portfolioLead', 'portfolio', 'portfolio.get', {}));
  expect(landing.counts).toMatchObject({ solutions: source.solutions.length });
});

test('every chunk the page sends is under 400 KB', async () => {
  const { chunks } = splitBackup(source, 'fingerprint');
  expect(chunks.length).toBeGreaterThan(10);
  for (const chunk of chunks)
    expect(
      Buffer.byteLength(JSON.stringify({ importId: 'imp_0123456789abcdef', ...chunk })),
    ).toBeLessThanOrEqual(IMPORT_CHUNK_BYTES);
});
