import type { SiteIssue } from '../site';
import type { JqlQuery } from './ast';
import { compileClause } from './compile';
import type { CompileContext } from './context';
import { JqlError } from './errors';
import { compileOrder } from './order';

/**
 * Jira Cloud refuses JQL with no search restriction on /search/jql and approximate-count
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/).
 */
export const UNBOUNDED_MESSAGE =
  'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

/** The issues a query matches that the viewer may see, sorted as the query asks. */
export function runJql(query: JqlQuery, ctx: CompileContext): SiteIssue[] {
  if (!query.where) throw new JqlError(UNBOUNDED_MESSAGE);
  const compiled = compileClause(query.where, ctx);
  const compare = compileOrder(query.orderBy, ctx.store);
  const pool: Iterable<SiteIssue> = compiled.candidates
    ? [...compiled.candidates].flatMap((id) => ctx.store.byId(id) ?? [])
    : ctx.store.allIssues();
  const matches: SiteIssue[] = [];
  for (const issue of pool) if (ctx.viewer.canSee(issue) && compiled.test(issue)) matches.push(issue);
  return matches.sort(compare);
}
