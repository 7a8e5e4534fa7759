import { route } from '@forge/api';
import type { z } from 'zod';
import { searchPageSchema } from './schemas';
import type { JiraRequest } from './transport';
import type { Actor } from './types';

/**
 * Jira serves at most 100 issues a page when fields are requested and up to 5,000 when only ids
 * or keys are; it may send fewer, so we always follow `nextPageToken`
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post).
 */
export const FIELDS_PAGE_SIZE = 100;

export interface PagedSearch<T> {
  as: Actor;
  jql: string;
  fields: string[];
  /** Issues asked for per page (Jira's `maxResults`). */
  pageSize: number;
  /** Stop after this many issues; the result says whether more matched. */
  limit: number;
  what: string;
  issueSchema: z.ZodType<T>;
  /** The JQL names an issue by key: Jira's 400 for a key it does not know becomes NOT_FOUND with this message. */
  unknownIssueMessage?: string;
}

/** Runs an enhanced JQL search (`POST /rest/api/3/search/jql`), following `nextPageToken` pages. */
export async function searchAll<T>(
  request: JiraRequest,
  search: PagedSearch<T>,
): Promise<{ issues: T[]; truncated: boolean }> {
  const issues: T[] = [];
  const seenTokens = new Set<string>();
  let nextPageToken: string | undefined;
  for (;;) {
    const page = await request({
      as: search.as,
      method: 'POST',
      path: route`/rest/api/3/search/jql`,
      body: {
        jql: search.jql,
        fields: search.fields,
        maxResults: Math.min(search.pageSize, search.limit - issues.length),
        ...(nextPageToken === undefined ? {} : { nextPageToken }),
      },
      what: search.what,
      schema: searchPageSchema(search.issueSchema),
      ...(search.unknownIssueMessage
        ? { notFoundMessage: search.unknownIssueMessage, notFoundOn400: true }
        : {}),
    });
    issues.push(...(page.issues as T[]));
    const token = page.isLast === true ? undefined : (page.nextPageToken ?? undefined);
    // A repeated token would loop forever; treat it like the last page.
    if (token === undefined || seenTokens.has(token)) return { issues, truncated: false };
    if (issues.length >= search.limit) return { issues: issues.slice(0, search.limit), truncated: true };
    seenTokens.add(token);
    nextPageToken = token;
  }
}
