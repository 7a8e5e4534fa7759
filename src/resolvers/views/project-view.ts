import type {
  Contribution,
  PartnerProduct,
  ProjectSolution,
  ProjectView,
  Solution,
  Viewer,
} from '../../contract';
import type { IsVisible } from '../../domain';
import {
  compareText,
  groupBy,
  productBalance,
  productName,
  productReadiness,
  solutionReadiness,
} from '../../domain';
import type { JiraIssue } from '../../jira';
import type { ViewerAccess } from '../access';
import { linkable, strategyBehind, toEpicSummary } from './epic-summary';
import { knownProducts, type StoredPortfolio } from './snapshot';
import { splitVisible, visibleTo } from './visibility';

export interface ProjectRef {
  id: string;
  key: string;
}

/**
 * The Market context page of one project. `openEpics` are the project's open epics as the viewer
 * sees them (one search): those serving no solution are offered for linking, and all of them make
 * the product's balance.
 */
export function buildProjectView(
  data: StoredPortfolio,
  access: ViewerAccess,
  viewer: Viewer,
  project: ProjectRef,
  openEpics: readonly JiraIssue[],
): ProjectView {
  const products = knownProducts(data);
  const names = new Map(products.map((p) => [p.projectId, productName(p)]));
  const context: SolutionContext = {
    projectId: project.id,
    data,
    access,
    isVisible: visibleTo(access),
    names,
  };
  const bySolution = groupBy(data.contributions, (c) => c.solutionId);
  const own = data.contributions.filter((c) => c.projectId === project.id);
  const ownSolutionIds = new Set(own.map((c) => c.solutionId));
  const solutions = data.solutions
    .filter((s) => ownSolutionIds.has(s.id))
    .sort((a, b) => compareText(a.name, b.name))
    .map((s) => projectSolution(s, bySolution.get(s.id) ?? [], context));

  const linkedEpicIds = new Set(data.contributions.map((c) => c.epicId));
  const product = products.find((p) => p.projectId === project.id);
  const identity = {
    projectId: project.id,
    projectKey: project.key,
    // Jira's current name (every open epic carries it) beats the stored one, which may predate a
    // rename; a project with neither shows its key.
    projectName: openEpics[0]?.projectName ?? product?.projectName ?? project.key,
    displayName: product?.displayName ?? '',
  };
  return {
    viewer: { ...viewer, canLinkInProject: access.canManage || access.canEditProject(project.id) },
    project: { id: project.id, key: project.key, name: identity.projectName },
    solutions,
    unlinkedEpics: openEpics.filter((e) => !linkedEpicIds.has(e.id)).map(toEpicSummary),
    balance: productBalance(
      identity,
      openEpics.map((e) => e.id),
      own,
      data.solutions,
      data.settings.balanceTarget,
    ),
    linkableSolutions: linkable(data.allSolutions),
  };
}

interface SolutionContext {
  projectId: string;
  data: StoredPortfolio;
  access: ViewerAccess;
  isVisible: IsVisible;
  names: ReadonlyMap<string, string>;
}

function projectSolution(
  solution: Solution,
  contributions: readonly Contribution[],
  { projectId, data, access, isVisible, names }: SolutionContext,
): ProjectSolution {
  const { visible, hiddenCount } = splitVisible(contributions, isVisible);
  const partners = [...groupBy(contributions, (c) => c.projectId)]
    .filter(([id]) => id !== projectId)
    .map(([id, group]) => partner(id, group, access, names.get(id) ?? group[0].projectKey));
  partners.sort((a, b) => compareText(a.projectKey ?? '\uffff', b.projectKey ?? '\uffff'));
  return {
    solution,
    ...strategyBehind(solution, data),
    ownContributions: visible
      .filter((c) => c.projectId === projectId)
      .sort((a, b) => compareText(a.epicKey, b.epicKey)),
    partners,
    readiness: solutionReadiness(contributions, isVisible),
    hiddenCount,
  };
}

/**
 * A partner product is named only when the viewer may browse the project and at least one of its
 * epics here; its readiness and epic count cover all its contributions (numbers are not secret,
 * as in domain/matrix.ts).
 */
function partner(
  projectId: string,
  group: readonly Contribution[],
  access: ViewerAccess,
  name: string,
): PartnerProduct {
  const named = access.canBrowseProject(projectId) && group.some((c) => access.canBrowseIssue(c.epicId));
  return {
    projectId,
    projectKey: named ? group[0].projectKey : null,
    name: named ? name : null,
    readiness: productReadiness(group),
    contributionCount: group.length,
  };
}
