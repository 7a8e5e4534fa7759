import type { Market, Priority, Product, Solution } from '../contract';

/**
 * The entities' rules that more than one insight relies on. Keeping them here means
 * "which solutions count" is decided once, not re-decided per screen.
 */

/** A dropped solution no longer addresses anything; every other status still does. */
export function isLiveSolution(solution: Pick<Solution, 'status'>): boolean {
  return solution.status !== 'dropped';
}

/** Solutions still expected to get epics: delivered ones are done, dropped ones are gone. */
export function expectsEpics(solution: Pick<Solution, 'status'>): boolean {
  return solution.status !== 'dropped' && solution.status !== 'delivered';
}

/** A retired priority is history: it is neither scored, nor a gap, nor told in the narrative. */
export function isActivePriority(priority: Pick<Priority, 'status'>): boolean {
  return priority.status !== 'retired';
}

/** A market being exited is not expected to have new priorities or solutions. */
export function isActiveMarket(market: Pick<Market, 'status'>): boolean {
  return market.status !== 'exit';
}

/** The name people know a product by: its display name when one is set, else the Jira project name. */
export function productName(product: Pick<Product, 'displayName' | 'projectName'>): string {
  return product.displayName.trim() || product.projectName;
}

/** Group records by a key, keeping their order inside each group. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
