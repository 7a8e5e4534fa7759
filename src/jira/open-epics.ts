import { fail } from '../contract';
import { jqlList } from './jql';
import { projectOfIssueSchema } from './schemas';
import { FIELDS_PAGE_SIZE, searchAll } from './search';
import type { JiraRequest } from './transport';
import type { Actor } from './types';

/** 100 requests of 100: beyond that the balance view would not fit a resolver's 25 s anyway. */
const MAX_OPEN_EPICS = 10_000;

/**
 * The open (status category not done) epics of each project, for the balance view.
 *
 * Why one search with `fields=project` rather than `POST /search/approximate-count` per project:
 * balance counts each *epic* once and must know which open epics contribute to a solution, so
 * it needs ids, which a count cannot give (and approximate counts lag recent changes). One search
 * costs ceil(N / 100) requests for N open epics whatever the number of projects. Measured on the
 * emulator (test/integration/jira/projects-and-balance.test.ts): 130 projects with 408 open epics
 * take 5 requests, where a count per project would take 130 and still give no ids; the demo's 6
 * products take 1 request instead of 6. The price: about 1 point per epic returned, where counts
 * would cost about 1 per project (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/);
 * exact ids are worth it, and the views are served from stored results, not on every page load.
 *
 * Every project asked for gets an entry. Jira rejects JQL naming a project the actor cannot
 * browse, so run this as the app (or with projects the user can browse).
 */
export async function openEpicsByProject(
  request: JiraRequest,
  projectIds: readonly string[],
  issueTypes: readonly string[],
  as: Actor,
): Promise<Map<string, string[]>> {
  const byProject = new Map<string, string[]>(projectIds.map((id) => [id, []]));
  if (projectIds.length === 0 || issueTypes.length === 0) return byProject;
  const { issues, truncated } = await searchAll(request, {
    as,
    jql: `project in ${jqlList([...byProject.keys()])} AND issuetype in ${jqlList(issueTypes)} AND statusCategory != Done`,
    fields: ['project'],
    pageSize: FIELDS_PAGE_SIZE,
    limit: MAX_OPEN_EPICS,
    what: 'the open epics of each product',
    issueSchema: projectOfIssueSchema,
  });
  if (truncated)
    fail('LIMIT', `These products have more than ${MAX_OPEN_EPICS} open epics; choose fewer products.`);
  for (const issue of issues) byProject.get(issue.fields.project.id)?.push(issue.id);
  return byProject;
}
