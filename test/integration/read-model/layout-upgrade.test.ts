import { kvs } from '@forge/kvs';
import type { Investment } from '../../../src/contract';
import { seedPortfolio, useApp } from '../../support';

/**
 * Issue 12 added fields to the read model (each cell's open units and latest due date, each
 * product's shared epics) and moved its meta value to `meta-v3`. An installation still in the
 * previous layout has only `meta-v2`: its first landing rebuilds the model, keeping the date of
 * its open-epic counts, and investment then agrees with the records.
 */
const app = useApp();
const model = () => kvs.entity<{ version: number; record: Record<string, unknown> }>('read-model');

type Table = { columns: string[]; rows: unknown[][] };

/** A landing shard as the previous layout stored it: no `shared` column, cells of six columns. */
function previousLayout(record: Record<string, unknown>): Record<string, unknown> {
  const { products, solutions } = record as { products: Table; solutions: Table };
  const drop = (table: Table, column: string): Table => {
    const at = table.columns.indexOf(column);
    if (at < 0) return table;
    return {
      columns: table.columns.filter((_, i) => i !== at),
      rows: table.rows.map((r) => r.filter((_, i) => i !== at)),
    };
  };
  const cells = solutions.columns.indexOf('cells');
  return {
    ...record,
    products: drop(products, 'shared'),
    solutions: {
      ...solutions,
      rows: solutions.rows.map((r) =>
        r.map((v, i) => (i === cells ? (v as unknown[][]).map((c) => c.slice(0, 6)) : v)),
      ),
    },
  };
}

async function lead<T>(key: string, payload: unknown): Promise<T> {
  const result = await app.callRaw('portfolioLead', 'portfolio', key, payload);
  if (!result.ok) throw new Error(`${key}: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

test('a model kept in the previous layout is rebuilt at the first landing, its counts dated as before', async () => {
  const seeded = await seedPortfolio(app);
  // An epic in two solutions: only the new layout's `shared` keeps it from counting twice.
  await lead('contribution.link', {
    solutionId: seeded.solutions.citizenPortal.id,
    issue: seeded.epics.bill.key,
  });
  await lead('portfolio.get', {});
  await app.rt.deliverJobs();
  const { balance } = await lead<{ balance: unknown }>('portfolio.get', {});
  const expected = await lead<Investment>('portfolio.investment', {});
  expect(expected).toMatchObject({ total: 5, split: 1 });
  const meta = (await model().get('meta-v3'))!;
  expect(meta.record.countedAt).toEqual(expect.any(String));

  // The previous layout: meta-v2, and shards that know nothing of the new fields.
  await model().set('meta-v2', meta);
  await model().delete('meta-v3');
  for (let i = 0; i < 32; i++) {
    const stored = await model().get(`landing-${i}`);
    if (stored) await model().set(`landing-${i}`, { ...stored, record: previousLayout(stored.record) });
  }

  const summary = await lead<{ countedAt: string | null; balance: unknown }>('portfolio.get', {});
  expect(summary.countedAt).toBe(meta.record.countedAt);
  expect(summary.balance).toEqual(balance);
  expect(await lead<Investment>('portfolio.investment', {})).toEqual(expected);
  expect(await model().get('meta-v2')).toBeUndefined();
  expect((await model().get('meta-v3'))!.record.countedAt).toBe(meta.record.countedAt);
});
