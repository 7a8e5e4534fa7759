import type { EpicSummary, Market, Priority, Solution } from '../../contract';
import { compareText, expectsEpics } from '../../domain';
import type { JiraIssue } from '../../jira';
import type { StoredPortfolio } from './snapshot';

export function toEpicSummary(issue: JiraIssue): EpicSummary {
  return {
    id: issue.id,
    key: issue.key,
    summary: issue.summary,
    statusCategory: issue.statusCategory,
    statusName: issue.statusName,
  };
}

/** The priorities a solution addresses and the markets behind them, in the strategy's own order. */
export function strategyBehind(
  solution: Solution,
  data: Pick<StoredPortfolio, 'markets' | 'priorities'>,
): { priorities: Priority[]; markets: Market[] } {
  const priorities = data.priorities.filter((p) => solution.priorityIds.includes(p.id));
  const marketIds = new Set(priorities.map((p) => p.marketId));
  return { priorities, markets: data.markets.filter((m) => marketIds.has(m.id)) };
}

/** Solutions an epic may still be linked to: those still expecting epics, by name. */
export function linkable(
  solutions: readonly Pick<Solution, 'id' | 'name' | 'status'>[],
  exclude: ReadonlySet<string> = new Set(),
): Pick<Solution, 'id' | 'name' | 'status'>[] {
  return solutions
    .filter((s) => expectsEpics(s) && !exclude.has(s.id))
    .sort((a, b) => compareText(a.name, b.name))
    .map(({ id, name, status }) => ({ id, name, status }));
}
