import { join } from 'node:path';
import { kvs } from '@forge/kvs';
import type { AsyncEvent } from '@forge/events';
import { DEMO_USERS } from '../../../local/demo';
import {
  Clock,
  createLocalRuntime,
  type LocalRuntime,
  type LocalRuntimeOptions,
} from '../../../local/runtime';
import { perTest } from '../../support/per-test';

/** The frozen time every test starts at. */
export const START = Date.UTC(2026, 0, 5, 9, 0, 0);
export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

const appRoot = join(__dirname, '../../fixtures/jobs-app');

/**
 * A fresh local runtime on the jobs fixture app (test/fixtures/jobs-app) for each test of the
 * enclosing describe block, on a clock frozen at START that only `rt.clock.advance()` moves.
 */
export function useJobsRuntime(
  options: Omit<LocalRuntimeOptions, 'appRoot' | 'clock'> = {},
): () => LocalRuntime {
  return perTest(
    () => createLocalRuntime({ appRoot, clock: new Clock({ frozenAt: START }), ...options }),
    (rt) => rt.close(),
  );
}

/** What the fixture's consumer functions record of each delivery. */
export interface Delivery {
  event: AsyncEvent;
  context: { installContext?: string };
}

/** Every delivery the fixture's consumers saw, in order (kept in KVS by the consumers themselves). */
export async function deliveries<T = Delivery>(): Promise<T[]> {
  return ((await kvs.get('deliveries')) as T[] | undefined) ?? [];
}

/** Calls the fixture page's resolver, as its Custom UI would. */
export function invokePage(rt: LocalRuntime, key: string, payload: unknown): Promise<unknown> {
  return rt.invoke('jobs-page', key, payload, {
    accountId: DEMO_USERS.portfolioLead,
    extension: { type: 'jira:globalPage' },
  });
}

/** Lets pending promise callbacks and immediates run, so a test can see that something has not happened. */
export async function settle(turns = 20): Promise<void> {
  for (let i = 0; i < turns; i += 1) await new Promise((resolve) => setImmediate(resolve));
}
