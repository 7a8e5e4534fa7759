import { kvs } from '@forge/kvs';
import type { Investment } from '../../../src/contract';
import { seedPortfolio, useApp } from '../../support';

/**
 * Issue 12 added fields to the read model (each cell's open units and latest due date, each
 * product's shared epics: `meta-v3`; then each cell's and shared group's estimate total and
 * unestimated epics: `meta-v4`). An installation still in an earlier layout has only `meta-v2` or
 * `meta-v3`: its first landing rebuilds the model, keeping the date of its open-epic counts, and
 * investment then agrees with the records.
 */
const app = useApp();
const model = () => kvs.entity<{ version: number; record: Record<string, unknown> }>('read-model');

type Table = { columns: string[]; rows: unknown[][] };

/** A landing shard as v2 stored it: no `shared` column, cells of six columns. */
function layoutV2(record: Record<string, unknown>): Record<string, unknown> {
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

/** A landing shard as v3 stored it: cells of eight columns, shared groups of three. */
function layoutV3(record: Record<string, unknown>): Record<string, unknown> {
  const { products, solutions } = record as { products: Table; solutions: Table };
  const cells = solutions.columns.indexOf('cells');
  const shared = products.columns.indexOf('shared');
  return {
    ...record,
    products: {
      ...products,
      rows: products.rows.map((r) =>
        r.map((v, i) => (i === shared && v ? (v as unknown[][]).map((g) => g.slice(0, 3)) : v)),
      ),
    },
    solutions: {
      ...solutions,
      rows: solutions.rows.map((r) =>
        r.map((v, i) => (i === cells ? (v as unknown[][]).map((c) => c.slice(0, 8)) : v)),
      ),
    },
  };
}

async function lead<T>(key: string, payload: unknown): Promise<T> {
  const result = await app.callRaw('portfolioLead', 'portfolio', key, payload);
  if (!result.ok) throw new Error(`${key}: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

test.each([
  ['meta-v2', layoutV2],
  ['meta-v3', layoutV3],
])(
  'a model kept as %s is rebuilt at the first landing, its counts dated as before',
  async (oldMeta, previousLayout) => {
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
    const meta = (await model().get('meta-v4'))!;
    expect(meta.record.countedAt).toEqual(expect.any(String));

    // The earlier layout: its meta key, and shards that know nothing of the later fields.
    await model().set(oldMeta, meta);
    await model().delete('meta-v4');
    for (let i = 0; i < 32; i++) {
      const stored = await model().get(`landing-${i}`);
      if (stored) await model().set(`landing-${i}`, { ...stored, record: previousLayout(stored.record) });
    }

    const summary = await lead<{ countedAt: string | null; balance: unknown }>('portfolio.get', {});
    expect(summary.countedAt).toBe(meta.record.countedAt);
    expect(summary.balance).toEqual(balance);
    expect(await lead<Investment>('portfolio.investment', {})).toEqual(expected);
    expect(await model().get(oldMeta)).toBeUndefined();
    expect((await model().get('meta-v4'))!.record.countedAt).toBe(meta.record.countedAt);
  },
);
