import type { Contribution, Market, Priority, Solution } from '../../../../src/contract';

/** Which dialog the portfolio page shows; one at a time. */
export type DialogRequest =
  | { kind: 'market'; market?: Market }
  | { kind: 'priority'; priority?: Priority; marketId?: string }
  | { kind: 'solution'; solution?: Solution; priorityIds?: string[] }
  | { kind: 'delete-market'; market: Market }
  | { kind: 'delete-priority'; priority: Priority }
  | { kind: 'delete-solution'; solution: Solution }
  | { kind: 'link'; solution: Solution }
  | { kind: 'unlink'; contribution: Contribution };
