import { kvs, WhereConditions } from '@forge/kvs';
import { createLocalRuntime } from '../local/runtime';
import { runInInvocation } from '../local/runtime/invocation';
import { queryAll } from '../src/store/paging';
import { makeContribution } from '../test/unit/domain/factories';
import { measure, once, type Timing } from './harness';
import { note, printGrowth, type SizedPair } from './report';
import type { Suite } from './suite';

/** Rows of the `contribution` entity (manifest.yml), written and read through the real @forge/kvs. */
const SIZES = [1_000, 10_000] as const;
const PER_SOLUTION = 50;
const PROJECTS = 20;
/** Forge's batch limit: https://developer.atlassian.com/platform/forge/storage-reference/batchops */
const BATCH = 25;
const ENTITY = 'contribution';

const solutionIdOf = (row: number) => `sol_bench${String(Math.floor(row / PER_SOLUTION)).padStart(6, '0')}`;
const epicIdOf = (row: number) => String(100_000 + row);

/** A row laid out as src/store/layout.ts stores a contribution: index attributes, version, record. */
function rowValue(row: number) {
  const record = makeContribution({
    id: `con_bench${String(row).padStart(6, '0')}`,
    solutionId: solutionIdOf(row),
    epicKey: `P${String.fromCharCode(65 + (row % PROJECTS))}-${row}`,
    epicId: epicIdOf(row),
  });
  return {
    key: record.id,
    value: {
      solutionId: record.solutionId,
      epicId: record.epicId,
      projectId: record.projectId,
      version: 1,
      record,
    },
  };
}

async function seedRows(from: number, to: number): Promise<void> {
  for (let start = from; start < to; start += BATCH) {
    const items = Array.from({ length: Math.min(BATCH, to - start) }, (_, i) => ({
      ...rowValue(start + i),
      entityName: ENTITY,
    }));
    const result = await kvs.batchSet(items);
    if (result.failedKeys.length > 0)
      throw new Error(`Seeding failed: ${JSON.stringify(result.failedKeys[0])}`);
  }
}

const contributions = () => kvs.entity(ENTITY).query();

/** The same answer at every size: one solution's 50 rows, one epic's row, the first page. */
const QUERIES: { label: string; run: () => Promise<unknown> }[] = [
  {
    label: `one solution's ${PER_SOLUTION} rows (index solutionId, equals)`,
    run: () =>
      contributions()
        .index('solutionId')
        .where(WhereConditions.equalTo(solutionIdOf(7 * PER_SOLUTION)))
        .limit(100)
        .getMany(),
  },
  {
    label: "one epic's row (index epicId, equals)",
    run: () =>
      contributions()
        .index('epicId')
        .where(WhereConditions.equalTo(epicIdOf(123)))
        .limit(1)
        .getMany(),
  },
  {
    label: 'first page of 100 (index solutionId, no condition)',
    run: () => contributions().index('solutionId').limit(100).getMany(),
  },
  {
    label: 'every row, pages of 100 (src/store queryAll)',
    run: () => queryAll({ entity: ENTITY, index: 'solutionId' }),
  },
];

export const kvsSuite: Suite = {
  name: 'kvs',
  title: 'KVS emulator: indexed entity queries vs entity size (real @forge/kvs → SQLite)',
  async run() {
    const rt = createLocalRuntime();
    const inInvocation = <T>(work: () => Promise<T>) =>
      runInInvocation({ invocationId: 'bench', functionKey: 'bench', moduleKey: 'bench' }, work);
    try {
      const bySize: Timing[][] = [];
      let seeded = 0;
      for (const size of SIZES) {
        const seeding = await once(() => inInvocation(() => seedRows(seeded, size)));
        note(`${size} rows (${size - seeded} written with batchSet in ${seeding.ms.toFixed(0)} ms)`);
        seeded = size;
        const timings: Timing[] = [];
        for (const query of QUERIES)
          timings.push(await measure(query.label, () => inInvocation(query.run), { warmup: 30 }));
        bySize.push(timings);
      }
      const pairs: SizedPair[] = QUERIES.map((q, i) => ({
        label: q.label,
        small: bySize[0][i],
        large: bySize[1][i],
      }));
      printGrowth(
        pairs,
        SIZES[1] / SIZES[0],
        SIZES.map((n) => `${n / 1000}k rows`),
      );
      const plan = rt.kvs.explainEntityQuery({
        entityName: ENTITY,
        indexName: 'solutionId',
        range: { condition: 'EQUAL_TO', values: [solutionIdOf(0)] },
        limit: 100,
      });
      note(`SQLite plan of the solution query: ${plan.join(' | ')}`);
      note(
        'The first three answer the same rows at both sizes: flat means the index is searched, not the rows.',
      );
    } finally {
      rt.close();
    }
  },
};
