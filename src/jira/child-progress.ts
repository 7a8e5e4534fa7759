import { JIRA_CONCURRENCY, mapLimit } from './concurrency';
import { addChildEstimate, estimateIn, withEstimate, type ChildEstimate } from './estimates';
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

/** One epic's children: counts by status category, and their open estimates when a field is asked for. */
export interface ChildTally {
  counts: ChildCounts;
  estimate: ChildEstimate;
}

/**
 * Child-issue counts of many epics at once, as `as` sees the children: `parent in (…)` over
 * chunks of epic ids, status and parent fields only (and the estimate field when one is chosen).
 * Every epic asked for gets an entry (zeros when it has no children). Takes issue ids (digits),
 * never keys: a key Jira cannot resolve fails the whole query, while an unknown id matches nothing.
 */
export async function childProgress(
  request: JiraRequest,
  epicIds: readonly string[],
  as: Actor,
  estimateFieldId: string | null = null,
): Promise<Map<string, ChildTally>> {
  const ids = unique(epicIds);
  const tallies = new Map<string, ChildTally>(
    ids.map((id) => [id, { counts: { total: 0, done: 0, inProgress: 0 }, estimate: { sum: null } }]),
  );
  const notIds = ids.filter((id) => !/^\d+$/.test(id));
  if (notIds.length > 0)
    throw new Error(`childProgress takes issue ids, not ${notIds.slice(0, 3).join(', ')}`);
  const results = await mapLimit(chunk(ids, PARENTS_PER_QUERY), JIRA_CONCURRENCY, (parents) =>
    searchAll(request, {
      as,
      // Ids are digits only (checked above), so they need no quoting.
      jql: `parent in (${parents.join(', ')})`,
      fields: withEstimate(['status', 'parent'], estimateFieldId),
      pageSize: FIELDS_PAGE_SIZE,
      limit: MAX_CHILDREN_PER_QUERY,
      what: 'the progress of child issues',
      issueSchema: childIssueSchema,
    }),
  );
  for (const child of results.flatMap((r) => r.issues)) {
    const entry = child.fields.parent ? tallies.get(child.fields.parent.id) : undefined;
    if (!entry) continue;
    const category = statusCategory(child.fields.status.statusCategory.key);
    countChild(entry.counts, category);
    addChildEstimate(entry.estimate, category, estimateIn(child.fields, estimateFieldId));
  }
  return tallies;
}

/** Adds one child issue in `category` to its epic's counts. */
export function countChild(entry: ChildCounts, category: StatusCategory): void {
  entry.total += 1;
  if (category === 'done') entry.done += 1;
  if (category === 'indeterminate') entry.inProgress += 1;
}
