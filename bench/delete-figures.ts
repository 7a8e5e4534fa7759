import type { Backup } from '../src/contract';
import { DEMO_USERS } from '../local/demo';
import type { LocalRuntime } from '../local/runtime';
import type { SiteData } from '../local/jira/site';
import { formatMs, note, printTable } from './report';

/**
 * Issue 8's cascading deletes at L, in the portfolio loaded in `rt`: a solution with 40 linked
 * epics (one of the backup's, the nearest to 40) and a market with 4 priorities and 100 solutions
 * of one link each (built through the resolvers beside the L portfolio). Each is deleted with
 * `cascade` and its background job run to the end; counted exactly, once plainly and once (on a
 * second, identical target) with the latency model.
 */
const LATENCY = { kvs: 20, jira: 100 };
const LEAD = { accountId: DEMO_USERS.portfolioLead, extension: { type: 'jira:globalPage' } } as const;

async function lead<T>(rt: LocalRuntime, key: string, payload: unknown): Promise<T> {
  const result = (await rt.invoke('portfolio', key, payload, LEAD)) as {
    ok: boolean;
    data?: T;
    error?: unknown;
  };
  if (!result.ok) throw new Error(`${key}: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

interface Target {
  type: 'solution' | 'market';
  id: string;
  version: number;
}

/** Deletes the target with its cascade and runs the job: records, steps, KVS requests, slowest step. */
async function deleteCost(rt: LocalRuntime, target: Target) {
  const kvs = rt.kvs.operationCount;
  const started = performance.now();
  const answer = await lead<{ job?: { total: number | null } }>(rt, `${target.type}.delete`, {
    id: target.id,
    version: target.version,
    cascade: true,
  });
  const callMs = performance.now() - started;
  const report = await rt.deliverJobs({ fastForward: true });
  return {
    records: answer.job?.total ?? 0,
    steps: report.delivered,
    kvs: rt.kvs.operationCount - kvs,
    mostKvs: Math.max(...report.costs.map((c) => c.kvsRequests)),
    callMs,
    slowestMs: Math.max(...report.durationsMs),
  };
}

/** A market with 4 priorities and 100 solutions, each solution linked to one epic of `epicKeys`. */
async function buildMarket(rt: LocalRuntime, name: string, epicKeys: readonly string[]): Promise<Target> {
  const market = await lead<{ id: string; version: number }>(rt, 'market.create', {
    name,
    description: 'Built by the bench to be deleted',
    segments: [{ kind: 'industry', value: 'Manufacturing' }],
    strategicWeight: 3,
    status: 'target',
    ownerAccountId: DEMO_USERS.portfolioLead,
  });
  const priorities: string[] = [];
  for (let i = 0; i < 4; i += 1)
    priorities.push(
      (
        await lead<{ id: string }>(rt, 'priority.create', {
          marketId: market.id,
          title: `${name} priority ${i}`,
          outcome: 'Measured by the bench',
          layer: 'executive',
          importance: 3,
          status: 'validated',
        })
      ).id,
    );
  for (let i = 0; i < 100; i += 1) {
    const solution = await lead<{ id: string }>(rt, 'solution.create', {
      name: `${name} solution ${String(i).padStart(3, '0')}`,
      valueStatement: 'Built by the bench to be deleted',
      priorityIds: [priorities[i % 4]],
      horizon: 'now',
      status: 'committed',
    });
    await lead(rt, 'contribution.link', { solutionId: solution.id, issue: epicKeys[i % epicKeys.length] });
  }
  return { type: 'market', id: market.id, version: market.version };
}

export async function deleteFigures(
  rt: LocalRuntime,
  latency: { kvs: number; jira: number },
  backup: Backup,
  site: SiteData,
): Promise<void> {
  const links = new Map<string, number>();
  for (const c of backup.contributions) links.set(c.solutionId, (links.get(c.solutionId) ?? 0) + 1);
  const near40 = backup.solutions
    .filter((s) => links.has(s.id))
    .sort(
      (a, b) => Math.abs(links.get(a.id)! - 40) - Math.abs(links.get(b.id)! - 40) || a.id.localeCompare(b.id),
    )
    .slice(0, 2)
    .map((s): Target => ({ type: 'solution', id: s.id, version: s.version }));
  const epicKeys = site.issues
    .filter((i) => !i.parentId)
    .slice(0, 100)
    .map((i) => i.key);
  const markets = [
    await buildMarket(rt, 'Bench market A', epicKeys),
    await buildMarket(rt, 'Bench market B', epicKeys),
  ];
  const rows: string[][] = [];
  for (const [label, plainTarget, slowTarget] of [
    [`a solution with ${links.get(near40[0].id)} linked epics`, near40[0], near40[1]],
    ['a market with 4 priorities and 100 solutions of one link', markets[0], markets[1]],
  ] as const) {
    const plain = await deleteCost(rt, plainTarget);
    Object.assign(latency, LATENCY);
    const slow = await deleteCost(rt, slowTarget).finally(() => Object.assign(latency, { kvs: 0, jira: 0 }));
    rows.push([
      label,
      String(plain.records),
      String(plain.steps),
      String(plain.kvs),
      String(plain.mostKvs),
      formatMs(plain.callMs),
      formatMs(plain.slowestMs),
      formatMs(slow.slowestMs),
    ]);
  }
  note(
    `Cascading deletes beside the L portfolio (the second solution has ${links.get(near40[1].id)} links); the latency-model column is a second, identical target.`,
  );
  printTable(
    [
      'cascading delete',
      'records',
      'job steps',
      'KVS req',
      'most KVS req a step',
      'the call',
      'slowest step',
      'slowest step, latency model',
    ],
    rows,
  );
}
