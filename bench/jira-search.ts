import { DEMO_USERS } from '../local/demo';
import type { JiraSite } from '../local/jira';

/** JQL searches straight at the Jira emulator (`jira.handle`), as the portfolio lead. */

export const PAGE = 100;
const as = DEMO_USERS.portfolioLead;

interface SearchPage {
  issues: { id: string }[];
  nextPageToken?: string;
}

/**
 * Pages of a JQL search, as GET /rest/api/3/search/jql with nextPageToken, straight at the
 * emulator: every page, or only the first `maxPages`.
 */
function searchAllPages(jira: JiraSite, jql: string, fields: string, maxPages = Infinity): { id: string }[] {
  const found: { id: string }[] = [];
  let token: string | undefined;
  let pages = 0;
  do {
    const query = new URLSearchParams({ jql, maxResults: String(PAGE), fields });
    if (token) query.set('nextPageToken', token);
    const response = jira.handle({ method: 'GET', path: `/rest/api/3/search/jql?${query}`, accountId: as });
    if (response.status !== 200) throw new Error(`Search failed: ${JSON.stringify(response.body)}`);
    const page = response.body as SearchPage;
    found.push(...page.issues);
    token = page.nextPageToken;
    pages += 1;
  } while (token && pages < maxPages);
  return found;
}

/**
 * The emulator caches a query's result for paging (local/jira/search-service.ts, 16 entries keyed
 * by the JQL text). A cold run appends a different number of spaces each time (the same JQL to
 * Jira) so every timed run evaluates the query; a warm run repeats the text and measures paging.
 */
let coldRuns = 0;
const jqlText = (jql: string, cold: boolean) => (cold ? `${jql}${' '.repeat((coldRuns += 1) % 64)}` : jql);

export const epicsOf = (jira: JiraSite, projectKey: string, options: { cold: boolean; maxPages?: number }) =>
  searchAllPages(
    jira,
    jqlText(`project = ${projectKey} AND issuetype = Epic ORDER BY key`, options.cold),
    'summary,status,duedate',
    options.maxPages,
  );

export const childrenOf = (jira: JiraSite, parentIds: readonly string[]) =>
  searchAllPages(jira, jqlText(`parent in (${parentIds.join(', ')})`, true), 'status,parent');
