import type { EpicPanelView, EpicSolution, Viewer } from '../../contract';
import { compareText, groupBy, solutionReadiness } from '../../domain';
import type { JiraIssue } from '../../jira';
import type { ViewerAccess } from '../access';
import { linkable, strategyBehind, toEpicSummary } from './epic-summary';
import type { StoredPortfolio } from './snapshot';
import { splitVisible, visibleTo } from './visibility';

/**
 * The "Solutions for this epic" panel. `epic` is the issue as the viewer reads it from Jira just
 * now (so they may browse it); the solutions, siblings and readiness come from storage.
 */
export function buildEpicPanelView(
  data: StoredPortfolio,
  access: ViewerAccess,
  viewer: Viewer,
  epic: JiraIssue,
): EpicPanelView {
  const isVisible = visibleTo(access);
  const bySolution = groupBy(data.contributions, (c) => c.solutionId);
  const solutionById = new Map(data.solutions.map((s) => [s.id, s]));
  const solutions: EpicSolution[] = [];
  for (const contribution of data.contributions.filter((c) => c.epicId === epic.id)) {
    const solution = solutionById.get(contribution.solutionId);
    if (!solution) continue;
    const all = bySolution.get(solution.id) ?? [];
    const { visible, hiddenCount } = splitVisible(
      all.filter((c) => c.id !== contribution.id),
      isVisible,
    );
    solutions.push({
      solution,
      contribution,
      ...strategyBehind(solution, data),
      siblings: visible.sort(
        (a, b) => compareText(a.projectKey, b.projectKey) || compareText(a.epicKey, b.epicKey),
      ),
      readiness: solutionReadiness(all, isVisible),
      hiddenSiblingCount: hiddenCount,
    });
  }
  solutions.sort((a, b) => compareText(a.solution.name, b.solution.name));
  return {
    viewer: { ...viewer, canLink: access.canManage || access.canEditIssue(epic.id) },
    epic: {
      ...toEpicSummary(epic),
      projectKey: epic.projectKey,
      isEpic: data.settings.epicIssueTypes.includes(epic.issueTypeName),
    },
    solutions,
    linkableSolutions: linkable(data.allSolutions, new Set(solutions.map((s) => s.solution.id))),
  };
}

/** Epic ids whose permissions the panel needs: the epic and every sibling of its solutions. */
export function epicPanelIssueIds(data: StoredPortfolio, epicId: string): string[] {
  const solutionIds = new Set(data.contributions.filter((c) => c.epicId === epicId).map((c) => c.solutionId));
  const siblings = data.contributions.filter((c) => solutionIds.has(c.solutionId)).map((c) => c.epicId);
  return [...new Set([epicId, ...siblings])];
}
