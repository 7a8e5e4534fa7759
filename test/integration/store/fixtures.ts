import type { AppError, EpicSnapshot } from '../../../src/contract';
import { AppFailure } from '../../../src/contract';
import { createStore, type LinkInput, type Store } from '../../../src/store';
import { createLocalRuntime, type LocalRuntime } from '../../../local/runtime';
import { perTest } from '../../support/per-test';

export const ALICE = 'acc-alice';
export const BOB = 'acc-bob';

export interface World {
  rt: LocalRuntime;
  store: Store;
}

/** A fresh local runtime (real @forge/kvs on the SQLite emulator) and a store on a ticking clock. */
function openWorld(): World {
  const rt = createLocalRuntime();
  let t = Date.parse('2026-11-23T09:00:00.000Z');
  // Each call is one second later, so audit entries have distinct, predictable times.
  const store = createStore({ now: () => new Date((t += 1000)) });
  return { rt, store };
}

/** A fresh world for each test of the enclosing describe block, closed after it. */
export function useWorld(): World {
  const world = perTest(openWorld, (made) => made.rt.close());
  return {
    get rt() {
      return world().rt;
    },
    get store() {
      return world().store;
    },
  };
}

/** The AppError a call failed with; fails the test when it did not fail that way. */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppFailure) return error.error;
    throw error;
  }
  throw new Error('Expected the call to fail with an AppFailure');
}

export const marketInput = (name = 'Mid-size manufacturers') => ({
  name,
  description: 'Discrete manufacturers with 200-2,000 staff',
  segments: [{ kind: 'industry' as const, value: 'Manufacturing' }],
  strategicWeight: 4,
  status: 'target' as const,
  ownerAccountId: ALICE,
});

export const priorityInput = (marketId: string, title = 'Cut unplanned downtime') => ({
  marketId,
  title,
  outcome: 'Unplanned downtime below 2% of shift hours',
  layer: 'executive' as const,
  importance: 5,
  evidence: [],
  status: 'validated' as const,
});

export const solutionInput = (priorityIds: string[], name = 'Predictive maintenance') => ({
  name,
  valueStatement: 'Plants fix machines before they stop',
  priorityIds,
  horizon: 'now' as const,
  status: 'committed' as const,
  ownerAccountId: null,
});

export const snapshot = (over: Partial<EpicSnapshot> = {}): EpicSnapshot => ({
  summary: 'Sensor ingestion',
  statusName: 'In Progress',
  statusCategory: 'indeterminate',
  dueDate: '2026-12-31',
  children: { total: 10, done: 4, inProgress: 3 },
  estimate: null,
  refreshedAt: '2026-11-23T08:00:00.000Z',
  ...over,
});

export const linkInput = (
  solutionId: string,
  n: number,
  projectId = '10001',
  projectKey = 'PLAT',
): LinkInput => ({
  solutionId,
  epic: { id: String(20000 + n), key: `${projectKey}-${n}`, projectId, projectKey },
  note: `Part ${n}`,
  snapshot: snapshot({ summary: `Epic ${n}` }),
});

/** A market with one priority and one solution addressing it: the smallest useful portfolio. */
export async function seedChain(store: Store) {
  const market = await store.markets.create(marketInput(), ALICE);
  const priority = await store.priorities.create(priorityInput(market.id), ALICE);
  const solution = await store.solutions.create(solutionInput([priority.id]), ALICE);
  return { market, priority, solution };
}

/** Records every @forge/kvs request path while `run` runs (the SDK's only way out is this global). */
export async function kvsRequests<T>(
  run: () => Promise<T>,
): Promise<{ result: T | AppError; paths: string[] }> {
  const g = globalThis as unknown as {
    __forge_fetch__: (d: { type: string }, path: string, init?: unknown) => Promise<Response>;
  };
  const original = g.__forge_fetch__;
  const paths: string[] = [];
  g.__forge_fetch__ = (d, path, init) => {
    if (d.type === 'kvs') paths.push(path);
    return original(d, path, init);
  };
  try {
    return {
      result: await run().catch((e: unknown) => (e instanceof AppFailure ? e.error : Promise.reject(e))),
      paths,
    };
  } finally {
    g.__forge_fetch__ = original;
  }
}

export const transactions = (paths: string[]) => paths.filter((p) => p.includes('/transaction')).length;

/**
 * Runs `meanwhile` once, just before the next @forge/kvs request whose path matches is sent:
 * a deterministic way to let someone else change storage between a change's reads and its write.
 */
export function beforeNextRequest(path: RegExp, meanwhile: () => Promise<unknown>): void {
  const g = globalThis as unknown as {
    __forge_fetch__: (d: { type: string }, path: string, init?: unknown) => Promise<Response>;
  };
  const original = g.__forge_fetch__;
  g.__forge_fetch__ = async (d, p, init) => {
    if (d.type === 'kvs' && path.test(p)) {
      g.__forge_fetch__ = original;
      await meanwhile();
    }
    return original(d, p, init);
  };
}
