import { JIRA_CONCURRENCY, mapLimit } from './concurrency';
import { chunk, unique } from './jql';
import { childIssueSchema, statusCategory } from './schemas';
import { FIELDS_PAGE_SIZE, searchAll } from './search';
import type { JiraRequest } from './transport';
import type { StatusCategory } from '../contract';
import type { Actor, ChildCounts } from './types';

/**
 * Parents per `parent in (…)` query: 100 numeric ids keep the JQL near 1 KB, far from Jira's
 * limits, and match bulk fetch's chunk so a snapshot refresh costs about two requests per 100
 * epics plus one per 100 children (each child is one point of the app's hourly quota either way:
 * https://developer.atlassian.com/cloud/jira/platform/rate-limiting/).
 */
const PARENTS_PER_QUERY = 100;

/** Children can be many; this bounds one refresh (100 pages of 100) rather than the 25 s resolver. */
export const MAX_CHILDREN_PER_QUERY = 10_000;

/**
 * Child-issue counts of many epics at once, as `as` sees the children: `parent in (…)` over
 * chunks of epic ids, status and parent fields only. Every epic asked for gets an entry (zeros
 * when it has no children). Takes issue ids (digits), never keys: a key Jira cannot resolve
 * fails the whole query, while an unknown id simply matches nothing.
 */
export async function childProgress(
  request: JiraRequest,
  epicIds: readonly string[],
  as: Actor,
): Promise<Map<string, ChildCounts>> {
  const ids = unique(epicIds);
  const counts = new Map<string, ChildCounts>(ids.map((id) => [id, { total: 0, done: 0, inProgress: 0 }]));
  const notIds = ids.filter((id) => !/^\d+$/.test(id));
  if (notIds.length > 0)
    throw new Error(`childProgress takes issue ids, not ${notIds.slice(0, 3).join(', ')}`);
  const results = await mapLimit(chunk(ids, PARENTS_PER_QUERY), JIRA_CONCURRENCY, (parents) =>
    searchAll(request, {
      as,
      // Ids are digits only (checked above), so they need no quoting.
      jql: `parent in (${parents.join(', ')})`,
      fields: ['status', 'parent'],
      pageSize: FIELDS_PAGE_SIZE,
      limit: MAX_CHILDREN_PER_QUERY,
      what: 'the progress of child issues',
      issueSchema: childIssueSchema,
    }),
  );
  for (const child of results.flatMap((r) => r.issues)) {
    const entry = child.fields.parent ? counts.get(child.fields.parent.id) : undefined;
    if (entry) countChild(entry, statusCategory(child.fields.status.statusCategory.key));
  }
  return counts;
}

/** Adds one child issue in `category` to its epic's counts. */
export function countChild(entry: ChildCounts, category: StatusCategory): void {
  entry.total += 1;
  if (category === 'done') entry.done += 1;
  if (category === 'indeterminate') entry.inProgress += 1;
}
