import type {
  AuditEntry,
  Contribution,
  Input,
  Market,
  Output,
  Priority,
  ResolverKey,
  Result,
  Solution,
} from '../../../../src/contract';
import type { DemoUserRole } from '../../../../local/demo';
import { MODULES, startApp, type ModuleKey, type TestApp } from '../../../support/app';
import { perTest } from '../../../support/per-test';
import { epicsOf } from '../../../support/site';

/** Valid payloads a portfolio lead would send; tests override single fields. */
export const MARKET: Input<'market.create'> = {
  name: 'Mid-market banks',
  description: 'Regional banks modernising their back office.',
  segments: [{ kind: 'industry', value: 'Banking' }],
  strategicWeight: 4,
  status: 'target',
};

export const priorityFor = (marketId: string): Input<'priority.create'> => ({
  marketId,
  title: 'Close the books in three days',
  outcome: 'Month-end close takes three working days or fewer',
  layer: 'executive',
  importance: 5,
  status: 'validated',
});

export const solutionFor = (priorityIds: string[]): Input<'solution.create'> => ({
  name: 'Continuous close',
  valueStatement: 'Finance closes the month without a crunch.',
  priorityIds,
  horizon: 'now',
  status: 'committed',
});

/** Unwraps a successful call, failing the test with the error otherwise. */
export function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected success, got ${JSON.stringify(result.error)}`);
  return result.data;
}

/** The error of a call that must fail. */
export function err(result: Result<unknown>) {
  if (result.ok) throw new Error(`Expected a failure, got ${JSON.stringify(result.data)}`);
  return result.error;
}

export interface Seeded {
  app: TestApp;
  market: Market;
  priority: Priority;
  solution: Solution;
  /** A BILL epic linked to the solution by the portfolio lead. */
  contribution: Contribution;
  /** Call from the portfolio page (or another surface) as a demo user. */
  call<K extends ResolverKey>(
    user: DemoUserRole,
    key: K,
    payload: Input<K>,
    module?: ModuleKey,
  ): Promise<Result<Output<K>>>;
  lead<K extends ResolverKey>(key: K, payload: Input<K>): Promise<Output<K>>;
}

/** A fresh app holding one market, priority and solution, and one linked BILL epic. */
export async function seeded(): Promise<Seeded> {
  const app = startApp();
  const call: Seeded['call'] = (user, key, payload, module = MODULES.portfolio) =>
    app.callAs(user, module, key, payload);
  const lead: Seeded['lead'] = async (key, payload) => ok(await call('portfolioLead', key, payload));
  const market = await lead('market.create', MARKET);
  const priority = await lead('priority.create', priorityFor(market.id));
  const solution = await lead('solution.create', solutionFor([priority.id]));
  const epic = epicsOf(app.rt, 'BILL')[0];
  const contribution = await lead('contribution.link', {
    solutionId: solution.id,
    issue: epic.key,
    note: 'Ledger sync',
  });
  // The link's issue property is the job consumer's: written now, so no test meets its event.
  await app.rt.deliverJobs({ fastForward: true });
  return { app, market, priority, solution, contribution, call, lead };
}

/**
 * `seeded()` afresh before each test of the enclosing describe block, its app closed after it.
 * The handle stays the same across tests and always reads the current test's records.
 */
export function useSeeded(): Seeded {
  const current = perTest(seeded, (made) => made.app.close());
  return {
    get app() {
      return current().app;
    },
    get market() {
      return current().market;
    },
    get priority() {
      return current().priority;
    },
    get solution() {
      return current().solution;
    },
    get contribution() {
      return current().contribution;
    },
    get call() {
      return current().call;
    },
    get lead() {
      return current().lead;
    },
  };
}

/** The audit entries stored for one record, oldest first (read from storage, not through a resolver). */
export function storedAudit(
  app: TestApp,
  entityType: AuditEntry['entityType'],
  entityId: string,
): AuditEntry[] {
  const rows = Object.values(app.rt.kvs.dump().entities['audit-entry'] ?? {});
  return rows
    .map((row) => row.value as { seq: string; record: AuditEntry })
    .filter((v) => v.record.entityType === entityType && v.record.entityId === entityId)
    .sort((a, b) => a.seq.localeCompare(b.seq))
    .map((v) => v.record);
}
