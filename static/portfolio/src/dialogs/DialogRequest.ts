import type { Contribution, Market, Priority, Solution } from '../../../../src/contract';

/** What deleting needs: the record's id, the version it was read at, and a name to confirm with. */
type Named<T extends { id: string; version: number }, N extends keyof T> = Pick<T, 'id' | 'version' | N>;

/**
 * Which dialog the portfolio page shows; one at a time. `returnTo` is the dialog to show again when
 * this one closes (unlinking from a matrix cell goes back to that cell's epics).
 */
export type DialogRequest = (
  | { kind: 'market'; market?: Market }
  | { kind: 'priority'; priority?: Priority; marketId?: string }
  /** Edit with the full record when the page has it (a market's detail), else by id (loaded then). */
  | { kind: 'solution'; solution?: Solution; solutionId?: string; priorityIds?: string[] }
  | { kind: 'delete-market'; market: Named<Market, 'name'> }
  | { kind: 'delete-priority'; priority: Named<Priority, 'title'> }
  | { kind: 'delete-solution'; solution: Named<Solution, 'name'> }
  /** Link an epic; the solution is chosen in the dialog, preselected when known. */
  | { kind: 'link'; solutionId?: string }
  | { kind: 'unlink'; contribution: Contribution }
  /** One matrix cell's epics: one product's part in one solution. */
  | { kind: 'cell'; solutionId: string; projectId: string; productName: string }
) & { returnTo?: DialogRequest };
