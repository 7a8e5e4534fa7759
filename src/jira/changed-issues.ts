import { z } from 'zod';
import { FIELDS_PAGE_SIZE, searchAll } from './search';
import type { JiraRequest } from './transport';
import type { Actor } from './types';

const changedIssueSchema = z.looseObject({
  id: z.union([z.string(), z.number().int()]).transform(String),
  fields: z
    .looseObject({
      parent: z.looseObject({ id: z.union([z.string(), z.number().int()]).transform(String) }).nullish(),
    })
    .nullish(),
});

/** Past this many changed issues a day, a full refresh is cheaper than following each change. */
const MAX_CHANGED_ISSUES = 20_000;

/**
 * Issues Jira changed since `since` and the parents of those that have one: the epics whose
 * snapshot may be stale (an epic's own edit, or a child's, which moves its progress). One search
 * as `as`, 100 issues a page, `fields=parent` only (about one point per issue). JQL takes minutes,
 * so the caller passes a `since` with a margin before its last run.
 */
export async function changedIssues(
  request: JiraRequest,
  since: Date,
  as: Actor,
): Promise<{ ids: Set<string>; truncated: boolean }> {
  const { issues, truncated } = await searchAll(request, {
    as,
    jql: `updated >= "${jqlInstant(since)}"`,
    fields: ['parent'],
    pageSize: FIELDS_PAGE_SIZE,
    limit: MAX_CHANGED_ISSUES,
    what: 'the issues changed since the last reconcile',
    issueSchema: changedIssueSchema,
  });
  const ids = new Set<string>();
  for (const issue of issues) {
    ids.add(issue.id);
    if (issue.fields?.parent) ids.add(issue.fields.parent.id);
  }
  return { ids, truncated };
}

/** `yyyy-MM-dd HH:mm` in UTC, a format JQL accepts for date fields. */
function jqlInstant(at: Date): string {
  return at.toISOString().slice(0, 16).replace('T', ' ');
}
