import {
  contribution,
  market,
  priority,
  product,
  solution,
  type Contribution,
  type EpicSnapshot,
  type Market,
  type Priority,
  type Product,
  type Solution,
} from '../../../src/contract';

/**
 * Small factories for valid records. Every record goes through the contract's zod schema, so a
 * fixture the app would reject fails here instead of quietly testing an impossible state.
 */

const AT = '2026-01-15T09:00:00.000Z';
const stored = { version: 1, createdAt: AT, updatedAt: AT, updatedBy: 'acc-author' };

let counter = 0;
/** A fresh valid id such as `sol_auto000007`. */
function autoId(prefix: string): string {
  counter += 1;
  return `${prefix}_auto${String(counter).padStart(6, '0')}`;
}

/** A Jira-like numeric project id derived from the key, so the same key always means the same project. */
export function projectIdOf(projectKey: string): string {
  return String(parseInt(projectKey, 36));
}

export function makeMarket(overrides: Partial<Market> = {}): Market {
  return market.parse({
    id: autoId('mkt'),
    name: 'Mid-size banks',
    strategicWeight: 3,
    status: 'target',
    ...stored,
    ...overrides,
  });
}

export function makePriority(overrides: Partial<Priority> & Pick<Priority, 'marketId'>): Priority {
  return priority.parse({
    id: autoId('pri'),
    title: 'Close the books in three days',
    outcome: 'Month-end close takes 3 working days or fewer',
    layer: 'executive',
    importance: 3,
    status: 'validated',
    ...stored,
    ...overrides,
  });
}

export function makeSolution(overrides: Partial<Solution> & Pick<Solution, 'priorityIds'>): Solution {
  return solution.parse({
    id: autoId('sol'),
    name: 'Continuous close',
    valueStatement: 'Finance teams see every ledger reconciled as it happens.',
    horizon: 'now',
    status: 'committed',
    ...stored,
    ...overrides,
  });
}

type ContributionOverrides = Partial<Omit<Contribution, 'snapshot'>> &
  Pick<Contribution, 'solutionId' | 'epicKey'> & { snapshot?: Partial<EpicSnapshot> };

/**
 * A contribution of epic `epicKey` (project key and id are taken from it: `PLAT-1` → `PLAT`).
 * Children default to none, status to "in progress".
 */
export function makeContribution(overrides: ContributionOverrides): Contribution {
  const { snapshot, ...rest } = overrides;
  const projectKey = rest.projectKey ?? rest.epicKey.split('-')[0];
  return contribution.parse({
    id: autoId('con'),
    epicId: String(10000 + counter),
    projectKey,
    projectId: projectIdOf(projectKey),
    note: '',
    linkedBy: 'acc-linker',
    linkedAt: AT,
    ...stored,
    ...rest,
    snapshot: {
      summary: `Epic ${rest.epicKey}`,
      statusName: 'In Progress',
      statusCategory: 'indeterminate',
      dueDate: null,
      children: { total: 0, done: 0, inProgress: 0 },
      refreshedAt: AT,
      ...snapshot,
    },
  });
}

/** Shorthand for an epic with `done` of `total` child issues done. */
export function children(done: number, total: number): Pick<EpicSnapshot, 'children'> {
  return { children: { total, done, inProgress: 0 } };
}

export function makeProduct(projectKey: string, overrides: Partial<Product> = {}): Product {
  return product.parse({
    projectId: projectIdOf(projectKey),
    projectKey,
    projectName: `${projectKey} project`,
    ...stored,
    ...overrides,
  });
}
