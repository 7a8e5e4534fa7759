import { ISSUE_TYPES, STATUSES } from '../../../local/demo';
import type { SiteData, SiteIssue } from '../../../local/jira/site';
import type { ChildCounts } from '../../../src/jira';

/** Answers computed straight from the site data, to compare with what the Jira client reports. */
export function siteFacts(site: SiteData) {
  const categoryOf = new Map(Object.values(STATUSES).map((s) => [s.id, s.categoryKey]));
  const epics = site.issues.filter((i) => i.issueTypeId === ISSUE_TYPES.epic.id);
  const projectKey = (issue: SiteIssue) => site.projects.find((p) => p.id === issue.projectId)?.key;

  const childCounts = (epicId: string): ChildCounts => {
    const children = site.issues.filter((i) => i.parentId === epicId);
    return {
      total: children.length,
      done: children.filter((c) => categoryOf.get(c.statusId) === 'done').length,
      inProgress: children.filter((c) => categoryOf.get(c.statusId) === 'indeterminate').length,
    };
  };
  const isOpen = (issue: SiteIssue) => categoryOf.get(issue.statusId) !== 'done';
  const project = (key: string) => {
    const found = site.projects.find((p) => p.key === key);
    if (!found) throw new Error(`No project ${key} on the site`);
    return found;
  };
  return { epics, childCounts, isOpen, projectKey, project };
}
