import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kvs, WhereConditions } from '@forge/kvs';
import { installKvs, type InstalledKvs } from './install-kvs';
import { TEST_ENTITIES, type Employee } from './entities';

/** Asserts via SQLite's own query plan, not timing, that indexed queries search an index. */
let installed: InstalledKvs;
beforeEach(() => (installed = installKvs()));
afterEach(() => installed.uninstall());

const plan = (query: Record<string, unknown>) =>
  installed.emulator.explainEntityQuery({ entityName: 'employee', ...query }).join('\n');

describe('indexed entity queries', () => {
  it.each([
    ['partition only', { indexName: 'by-team-age', partition: ['core'] }],
    [
      'partition and range',
      { indexName: 'by-team-age', partition: ['core'], range: { condition: 'BETWEEN', values: [20, 30] } },
    ],
    [
      'DESC with a cursor',
      {
        indexName: 'by-team-age',
        partition: ['core'],
        sort: 'DESC',
        cursor: Buffer.from('[31,"e2"]').toString('base64url'),
      },
    ],
    [
      'a string range with filters',
      {
        indexName: 'surname',
        range: { condition: 'BEGINS_WITH', values: ['Ba'] },
        filters: { and: [{ property: 'age', condition: 'EXISTS', values: [true] }] },
      },
    ],
  ])('%s searches idx_entity_index_lookup without scanning or sorting', (_label, query) => {
    const steps = plan(query);
    expect(steps).toMatch(
      /SEARCH i USING (COVERING )?INDEX idx_entity_index_lookup \(entity=\? AND index_name=\? AND partition=\?/,
    );
    expect(steps).not.toMatch(/\bSCAN\b/);
    expect(steps).not.toMatch(/TEMP B-TREE/);
  });

  it('the by-key index searches the primary key of stored items', () => {
    const steps = plan({ indexName: 'by-key', range: { condition: 'BEGINS_WITH', values: ['e'] } });
    expect(steps).toMatch(
      /SEARCH r USING INDEX sqlite_autoindex_item_1 \(namespace=\? AND key>\? AND key<\?\)/,
    );
    expect(steps).not.toMatch(/\bSCAN\b|TEMP B-TREE/);
  });
});

describe('emulator extras', () => {
  it('counts the requests it answered', async () => {
    const before = installed.emulator.operationCount;
    await kvs.set('a', 1);
    await kvs.get('a');
    expect(installed.emulator.operationCount).toBe(before + 2);
  });
});

describe('file-backed storage', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'kvs-emulator-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps data across restarts and rebuilds indexes for changed declarations', async () => {
    const file = join(dir, 'kvs.sqlite');
    installed.uninstall();
    installed = installKvs(TEST_ENTITIES, file);
    await kvs.entity<Employee>('employee').set('e1', { surname: 'Adams', team: 'core', age: 25 });
    installed.uninstall();

    const withNewIndex = TEST_ENTITIES.map((e) => ({
      ...e,
      indexes: [...e.indexes, { name: 'by-age', range: ['age'] }],
    }));
    installed = installKvs(withNewIndex, file);
    expect(await kvs.entity('employee').get('e1')).toEqual({ surname: 'Adams', team: 'core', age: 25 });
    const page = await kvs
      .entity('employee')
      .query()
      .index('by-age')
      .where(WhereConditions.equalTo(25))
      .getMany();
    expect(page.results.map((r) => r.key)).toEqual(['e1']);
  });
});
