import { z } from 'zod';
import { FIELDS_PAGE_SIZE, searchAll } from './search';
import type { JiraRequest } from './transport';
import type { Actor, JiraProject } from './types';

const idString = z.union([z.string(), z.number().int()]).transform(String);
const changedIssueSchema = z.looseObject({
  id: idString,
  fields: z
    .looseObject({
      parent: z.looseObject({ id: idString }).nullish(),
      project: z.looseObject({ id: idString, key: z.string(), name: z.string() }).nullish(),
      issuetype: z.looseObject({ name: z.string() }).nullish(),
    })
    .nullish(),
});

/** Past this many changed issues a day, a full refresh is cheaper than following each change. */
const MAX_CHANGED_ISSUES = 20_000;

export interface ChangedIssues {
  /** The changed issues and their parents: the epics whose snapshot may be stale. */
  ids: Set<string>;
  /** Projects where an epic itself changed (created, edited, closed): their open-epic count may have moved. */
  epicProjects: JiraProject[];
  truncated: boolean;
}

/**
 * What Jira changed since `since`: one search as `as`, 100 issues a page, three small fields
 * (about one point per issue). JQL compares minutes, so the caller passes a `since` with a margin.
 */
export async function changedIssues(
  request: JiraRequest,
  since: Date,
  epicIssueTypes: readonly string[],
  as: Actor,
): Promise<ChangedIssues> {
  const { issues, truncated } = await searchAll(request, {
    as,
    jql: `updated >= "${jqlInstant(since)}"`,
    fields: ['parent', 'project', 'issuetype'],
    pageSize: FIELDS_PAGE_SIZE,
    limit: MAX_CHANGED_ISSUES,
    what: 'the issues changed since the last reconcile',
    issueSchema: changedIssueSchema,
  });
  const ids = new Set<string>();
  const epicProjects = new Map<string, JiraProject>();
  for (const issue of issues) {
    ids.add(issue.id);
    if (issue.fields?.parent) ids.add(issue.fields.parent.id);
    const { project, issuetype } = issue.fields ?? {};
    if (project && issuetype && epicIssueTypes.includes(issuetype.name))
      epicProjects.set(project.id, project);
  }
  return { ids, epicProjects: [...epicProjects.values()], truncated };
}

/** `yyyy-MM-dd HH:mm` in UTC, a format JQL accepts for date fields. */
function jqlInstant(at: Date): string {
  return at.toISOString().slice(0, 16).replace('T', ' ');
}
