import type { EpicSnapshot } from '../../src/contract';
import { ISSUE_TYPES, STATUSES } from '../../local/demo';
import type { SiteIssue, SiteProject } from '../../local/jira';
import type { LocalRuntime } from '../../local/runtime';

/** Lookups in the demo Jira site, for choosing epics to link and for naming what must stay hidden. */

export function projectByKey(rt: LocalRuntime, key: string): SiteProject {
  const project = rt.jira.projects.find((p) => p.key === key);
  if (!project) throw new Error(`The demo site has no project ${key}`);
  return project;
}

const statusOf = (issue: SiteIssue) => Object.values(STATUSES).find((s) => s.id === issue.statusId)!;

/** Epics of a project without issue security, in key order; `open` leaves out done ones. */
export function epicsOf(rt: LocalRuntime, projectKey: string, options: { open?: boolean } = {}): SiteIssue[] {
  const project = projectByKey(rt, projectKey);
  return rt.site.issues
    .filter((i) => i.projectId === project.id && i.issueTypeId === ISSUE_TYPES.epic.id && !i.securityLevelId)
    .filter((i) => !options.open || statusOf(i).categoryKey !== 'done')
    .map((i) => rt.jira.getIssue(i.id)!)
    .sort((a, b) => a.rank - b.rank);
}

/** The PLAT epic under the "Leadership only" security level: only the portfolio lead may see it. */
export function securedEpic(rt: LocalRuntime): SiteIssue {
  const epic = rt.site.issues.find((i) => i.issueTypeId === ISSUE_TYPES.epic.id && i.securityLevelId);
  if (!epic) throw new Error('The demo site has no secured epic');
  return rt.jira.getIssue(epic.id)!;
}

/** What the app would store for the epic right now, computed from the site (no Jira traffic). */
export function snapshotOf(rt: LocalRuntime, epic: SiteIssue, refreshedAt: string): EpicSnapshot {
  const children = rt.site.issues.filter((i) => i.parentId === epic.id).map(statusOf);
  const status = statusOf(epic);
  return {
    summary: epic.summary,
    statusName: status.name,
    statusCategory: status.categoryKey as EpicSnapshot['statusCategory'],
    dueDate: epic.duedate ?? null,
    children: {
      total: children.length,
      done: children.filter((s) => s.categoryKey === 'done').length,
      inProgress: children.filter((s) => s.categoryKey === 'indeterminate').length,
    },
    // The default settings choose no estimate field, so the app stores none.
    estimate: null,
    refreshedAt,
  };
}
