import type { Dependent } from '../contract';
import { compareText } from './order';
import type { IsVisible, PortfolioData } from './types';

/**
 * Who refers to what, so a delete is refused while something still points at the record
 * (market ← priorities, priority ← solutions, solution ← contributions), and exactly what a
 * cascading delete changes, so the store can write it in ONE transaction.
 *
 * Cascade rules:
 * - market: deletes the market and its priorities, then applies the priority rule to them.
 * - priority: removes the priority from every solution's priorityIds. A solution left with no
 *   priority is deleted too (with its contributions): the contract requires at least one priority,
 *   so there is no valid state to leave it in. Callers reach this only with `cascade: true`;
 *   without it the delete is refused because `dependentsOf` is not empty.
 * - solution: deletes the solution and its contributions (the epics are unlinked, not touched).
 * - contribution: deletes only itself; nothing refers to a contribution.
 * Every record carries the version the plan was made from, so the store can make the
 * transaction conditional on it. A KVS transaction holds at most 25 operations
 * (https://developer.atlassian.com/platform/forge/storage-reference/transactions/):
 * the store must check `planSize` before writing.
 */

export type RecordType = Dependent['type'];

interface PlannedDelete {
  type: RecordType;
  id: string;
  version: number;
}

interface PlannedSolutionUpdate {
  type: 'solution';
  id: string;
  version: number;
  /** The solution's priorityIds after the cascade (never empty). */
  priorityIds: string[];
}

export interface CascadePlan {
  /** The record asked for first, then priorities, solutions, contributions. */
  deletes: PlannedDelete[];
  updates: PlannedSolutionUpdate[];
}

/** Hidden contributions are named without their key, like everywhere else. */
const HIDDEN_EPIC_NAME = 'An epic in a project you cannot view';

/** What still refers directly to the record; empty when it can be deleted without a cascade. */
export function dependentsOf(
  type: RecordType,
  id: string,
  data: PortfolioData,
  isVisible: IsVisible = () => true,
): Dependent[] {
  switch (type) {
    case 'market':
      return data.priorities
        .filter((p) => p.marketId === id)
        .map((p) => ({ type: 'priority' as const, id: p.id, name: p.title }))
        .sort((a, b) => compareText(a.name, b.name));
    case 'priority':
      return data.solutions
        .filter((s) => s.priorityIds.includes(id))
        .map((s) => ({ type: 'solution' as const, id: s.id, name: s.name }))
        .sort((a, b) => compareText(a.name, b.name));
    case 'solution':
      return data.contributions
        .filter((c) => c.solutionId === id)
        .map((c) => ({
          type: 'contribution' as const,
          id: c.id,
          name: isVisible(c) ? c.epicKey : HIDDEN_EPIC_NAME,
        }))
        .sort((a, b) => compareText(a.name, b.name));
    case 'contribution':
      return [];
  }
}

/** Exactly which records a cascading delete of (type, id) deletes and updates; unknown ids plan nothing. */
export function cascadePlan(type: RecordType, id: string, data: PortfolioData): CascadePlan {
  const plan: CascadePlan = { deletes: [], updates: [] };
  const find = <T extends { id: string }>(list: readonly T[]) => list.find((r) => r.id === id);

  if (type === 'contribution') {
    const c = find(data.contributions);
    if (c) plan.deletes.push({ type, id, version: c.version });
    return plan;
  }
  if (type === 'solution') {
    const s = find(data.solutions);
    if (s) deleteSolution(s.id, s.version, data, plan);
    return plan;
  }

  const priorityIds = new Set<string>();
  if (type === 'market') {
    const m = find(data.markets);
    if (!m) return plan;
    plan.deletes.push({ type, id, version: m.version });
    for (const p of data.priorities.filter((p) => p.marketId === id)) {
      plan.deletes.push({ type: 'priority', id: p.id, version: p.version });
      priorityIds.add(p.id);
    }
  } else {
    const p = find(data.priorities);
    if (!p) return plan;
    plan.deletes.push({ type, id, version: p.version });
    priorityIds.add(id);
  }

  for (const s of data.solutions) {
    if (!s.priorityIds.some((pid) => priorityIds.has(pid))) continue;
    const remaining = s.priorityIds.filter((pid) => !priorityIds.has(pid));
    if (remaining.length > 0) {
      plan.updates.push({ type: 'solution', id: s.id, version: s.version, priorityIds: remaining });
    } else {
      deleteSolution(s.id, s.version, data, plan);
    }
  }
  // Keep the documented order (…solutions, then contributions) whatever order the loop found them in.
  const rank: Record<RecordType, number> = { market: 0, priority: 1, solution: 2, contribution: 3 };
  plan.deletes.sort((a, b) => rank[a.type] - rank[b.type]);
  return plan;
}

/** Operations the store will write for the plan (one per delete or update). */
export function planSize(plan: CascadePlan): number {
  return plan.deletes.length + plan.updates.length;
}

function deleteSolution(id: string, version: number, data: PortfolioData, plan: CascadePlan): void {
  plan.deletes.push({ type: 'solution', id, version });
  for (const c of data.contributions.filter((c) => c.solutionId === id)) {
    plan.deletes.push({ type: 'contribution', id: c.id, version: c.version });
  }
}
