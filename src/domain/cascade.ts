import type { CascadeEffect, Market, Priority, Solution } from '../contract';
import { compareText } from './order';
import { cascadePlan, type RecordType } from './references';
import type { IsVisible, PortfolioData } from './types';

/** Names a warning lists of each kind; the rest are counted. */
const NAMES_SHOWN = 5;

/**
 * Everything a cascading delete of (type, id) does, by kind: what it deletes (priorities,
 * solutions, epic links) and the solutions it keeps but takes a priority from. Epic links are
 * named only where `isVisible` says the caller may browse the epic; the rest are counted in
 * `hidden`; without `isVisible` (a market's or priority's cascade) no epic is named at all.
 */
export function cascadeEffects(
  type: RecordType,
  id: string,
  data: PortfolioData,
  isVisible?: IsVisible,
): CascadeEffect[] {
  const plan = cascadePlan(type, id, data);
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((r) => [r.id, r]));
  const priorities = byId(data.priorities);
  const solutions = byId(data.solutions);
  const contributions = byId(data.contributions);
  const dependents = plan.deletes.filter((d) => !(d.type === type && d.id === id));
  const of = (t: RecordType) => dependents.filter((d) => d.type === t).map((d) => d.id);

  const effects: CascadeEffect[] = [];
  const add = (
    t: CascadeEffect['type'],
    effect: CascadeEffect['effect'],
    names: string[],
    count = names.length,
  ) => {
    if (count === 0) return;
    const shown = [...names].sort(compareText).slice(0, NAMES_SHOWN);
    // Hidden: epics the caller may not browse. Without `isVisible` nothing is named, nothing "hidden".
    effects.push({ type: t, effect, count, names: shown, hidden: isVisible ? count - names.length : 0 });
  };
  add(
    'priority',
    'delete',
    of('priority').map((p) => priorities.get(p)?.title ?? ''),
  );
  add(
    'solution',
    'delete',
    of('solution').map((s) => solutions.get(s)?.name ?? ''),
  );
  const links = of('contribution').flatMap((c) => contributions.get(c) ?? []);
  const named = isVisible ? links.filter(isVisible).map((c) => c.epicKey) : [];
  add('contribution', 'delete', named, links.length);
  add(
    'solution',
    'update',
    plan.updates.map((u) => solutions.get(u.id)?.name ?? ''),
  );
  return effects;
}

export type CascadeRoot =
  | { type: 'market'; record: Market }
  | { type: 'priority'; record: Priority }
  | { type: 'solution'; record: Solution };

/** What a background delete reads at each step: no contributions, those are paged per solution. */
export interface CascadeState {
  root: CascadeRoot;
  /** The market's priorities (market root); empty otherwise. */
  priorities: readonly Priority[];
  /** Every solution addressing a dying priority (market, priority root); empty for a solution root. */
  solutions: readonly Solution[];
}

/**
 * The next slice of a background delete, leaf first, so that every state in between is
 * consistent: first mark what will be deleted (a marked record takes no new references and no
 * edits), then unlink the marked solutions' epics, then delete those solutions and take the dying
 * priorities from the solutions that stay, then the priorities, then the record itself.
 * Recomputed from fresh reads at every step, so a step that ran twice, or a change made meanwhile
 * (a solution edited to address only dying priorities), is picked up.
 */
export type CascadeWork =
  | { kind: 'mark'; priorities: Priority[]; solutions: Solution[] }
  | { kind: 'unlink'; solutionIds: string[] }
  | { kind: 'solutions'; deletes: Solution[]; updates: { solution: Solution; priorityIds: string[] }[] }
  | { kind: 'priorities'; deletes: Priority[] }
  | { kind: 'root' };

/** `cleared`: marked solutions whose linked epics are known to be all unlinked. */
export function nextCascadeWork(state: CascadeState, cleared: ReadonlySet<string>): CascadeWork {
  const { root } = state;
  const dying = new Set(
    root.type === 'market'
      ? state.priorities.map((p) => p.id)
      : root.type === 'priority'
        ? [root.record.id]
        : [],
  );
  const unmarkedPriorities = state.priorities.filter((p) => !p.deleting);
  // Solutions are judged only once every dying priority is marked: from then on none can gain one.
  if (unmarkedPriorities.length > 0) return { kind: 'mark', priorities: unmarkedPriorities, solutions: [] };

  const addressing = state.solutions.filter((s) => s.priorityIds.some((p) => dying.has(p)));
  const doomed = addressing.filter((s) => s.priorityIds.every((p) => dying.has(p)));
  const kept = addressing.filter((s) => !doomed.includes(s));
  const unmarked = doomed.filter((s) => !s.deleting);
  if (unmarked.length > 0) return { kind: 'mark', priorities: [], solutions: unmarked };

  const toClear = [...(root.type === 'solution' ? [root.record] : doomed)].filter((s) => !cleared.has(s.id));
  if (toClear.length > 0) return { kind: 'unlink', solutionIds: toClear.map((s) => s.id) };

  if (doomed.length > 0 || kept.length > 0)
    return {
      kind: 'solutions',
      deletes: doomed,
      updates: kept.map((s) => ({ solution: s, priorityIds: s.priorityIds.filter((p) => !dying.has(p)) })),
    };
  if (state.priorities.length > 0) return { kind: 'priorities', deletes: [...state.priorities] };
  return { kind: 'root' };
}
