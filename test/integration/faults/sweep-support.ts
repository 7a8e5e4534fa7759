import type { Result } from '../../../src/contract';
import { createStore } from '../../../src/store';
import type { TestApp } from '../../support';
import type { ModuleKey, Subject } from '../../support/app';
import { orphans } from '../jobs/delete-support';
import { expectReadModelAgreement } from '../read-model/agreement';

const store = createStore({ now: () => new Date() });

/** KVS fault kinds in turn: a 500, a 429 with Retry-After, a request that never answers. */
export const KINDS = ['server-error', 'rate-limit', 'timeout'] as const;

/** Nothing refers to a record that is gone, and the read model says what its records say. */
export async function expectConsistent(app: TestApp): Promise<void> {
  expect(orphans(app.rt)).toEqual([]);
  await expectReadModelAgreement(store);
}

export interface SweepCase {
  key: string;
  module?: ModuleKey;
  subject?: Subject;
  /** Builds the payload from what is stored now (a fresh target for deletes and links), outside the faults. */
  payload: () => Promise<unknown>;
  /** May answer ok without writing (it found its work already done or under way). */
  idempotent?: boolean;
}

async function call(app: TestApp, c: SweepCase, payload: unknown): Promise<Result<unknown>> {
  return app.callRaw('portfolioLead', c.module ?? 'portfolio', c.key, payload, c.subject);
}

/** Storage as the app left it, without the job queue's own bookkeeping (none is kept in KVS). */
const storage = (app: TestApp) => JSON.stringify(app.rt.kvs.dump());

/**
 * A clean run counts the mutation's storage requests; then a fault at each of them in turn. Every
 * answer must be true: ok and storage consistent (changed, unless `idempotent`: a call that may
 * answer what is stored), or UNAVAILABLE "nothing was changed" and storage byte-identical.
 * Answers the number of requests swept.
 */
export async function sweepStorage(app: TestApp, c: SweepCase): Promise<number> {
  const cleanPayload = await c.payload();
  const start = app.rt.faults.counts.kvs;
  const clean = await call(app, c, cleanPayload);
  expect([c.key, clean.ok]).toEqual([c.key, true]);
  const requests = app.rt.faults.counts.kvs - start;
  expect(requests).toBeGreaterThan(0);
  for (let nth = 1; nth <= requests; nth += 1) {
    const payload = await c.payload();
    const before = storage(app);
    app.rt.faults.inject({ target: 'kvs', nth, kind: KINDS[nth % KINDS.length], retryAfter: 0 });
    const result = await call(app, c, payload);
    app.rt.faults.clear();
    if (result.ok) {
      if (!c.idempotent) expect([c.key, nth, storage(app) === before]).toEqual([c.key, nth, false]);
    } else {
      expect([c.key, nth, result.error.code, result.error.message]).toEqual([
        c.key,
        nth,
        'UNAVAILABLE',
        expect.stringMatching(/nothing was (changed|deleted)/i),
      ]);
      expect([c.key, nth, storage(app) === before]).toEqual([c.key, nth, true]);
    }
    await expectConsistent(app);
  }
  return requests;
}
