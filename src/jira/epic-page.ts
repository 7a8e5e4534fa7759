import { route } from '@forge/api';
import { z } from 'zod';
import { epicByKey, issueKeyOf } from './epic-key';
import { jqlList, jqlString, textSearchTerms } from './jql';
import { ISSUE_FIELDS, issueSchema, projectPageSchema, searchPageSchema, toJiraIssue } from './schemas';
import type { JiraRequest } from './transport';
import type { Actor, JiraIssue, JiraProject } from './types';

const countSchema = z.looseObject({ count: z.number().int().min(0) });

/** "BILL", "bill-", "BILL-1": a project key, maybe with the start of an issue number. */
const KEY_PREFIX = /^([A-Z][A-Z0-9_]*)(?:-(\d*))?$/i;

export interface EpicPageSearch {
  /** Only this project (one the actor may browse); omitted = every project the actor may browse. */
  projectId?: string;
  /** Issue type names that count as epics (settings' `epicIssueTypes`). */
  issueTypes: string[];
  /** Words of the summary, a whole key ("BILL-19") or a key prefix ("BILL", "BILL-1"). */
  text: string;
  /** Jira's `nextPageToken` of the previous page; absent for the first. */
  pageToken?: string;
  /** Epics a page (1–100). */
  pageSize: number;
}

export interface EpicPage {
  issues: JiraIssue[];
  /** How many epics match (Jira's approximate count, asked with the first page only). */
  total: number | null;
  /** The token of the next page, or null on the last. */
  next: string | null;
  /** The project a key prefix named, when the text was one. */
  project: JiraProject | null;
}

/**
 * The project `text` starts a key of, as `as` sees it (`GET /rest/api/3/project/search?keys=`
 * lists only projects `as` may browse), or null. JQL has no "key starts with": a key prefix lists
 * that project's epics in key order instead.
 */
async function projectOfPrefix(request: JiraRequest, text: string, as: Actor): Promise<JiraProject | null> {
  const match = KEY_PREFIX.exec(text.trim());
  if (!match) return null;
  const result = await request({
    as,
    method: 'GET',
    path: route`/rest/api/3/project/search?keys=${match[1].toUpperCase()}&maxResults=1&action=browse`,
    what: 'projects',
    schema: projectPageSchema,
  });
  const project = result.values.find((p) => p.key.toUpperCase() === match[1].toUpperCase());
  return project ? { id: project.id, key: project.key, name: project.name } : null;
}

/**
 * One page of the epics matching a search, as `as` sees them, in key order: one `POST
 * /rest/api/3/search/jql` of at most `pageSize` issues; with the first page, one approximate count
 * of the same JQL (the "N of M" a picker shows, so no cap is silent), the key prefix's project and,
 * for a whole key, that epic first. Cost is bounded by the page, never by how many epics match.
 */
export async function searchEpicPage(
  request: JiraRequest,
  search: EpicPageSearch,
  as: Actor,
): Promise<EpicPage> {
  if (search.issueTypes.length === 0) return { issues: [], total: 0, next: null, project: null };
  const first = search.pageToken === undefined;
  const key = first ? issueKeyOf(search.text) : null;
  const prefixed = search.text.trim() ? await projectOfPrefix(request, search.text, as) : null;
  if (prefixed && search.projectId && prefixed.id !== search.projectId)
    return { issues: [], total: 0, next: null, project: prefixed };
  const projectId = prefixed?.id ?? search.projectId;
  const clauses = [`issuetype in ${jqlList(search.issueTypes)}`];
  if (projectId) clauses.push(`project in ${jqlList([projectId])}`);
  const terms = prefixed ? '' : textSearchTerms(search.text);
  if (terms) clauses.push(`summary ~ ${jqlString(terms)}`);
  const jql = clauses.join(' AND ');
  const [page, counted, byKey] = await Promise.all([
    request({
      as,
      method: 'POST',
      path: route`/rest/api/3/search/jql`,
      body: {
        jql: `${jql} ORDER BY key ASC`,
        fields: ISSUE_FIELDS,
        maxResults: Math.max(1, Math.min(search.pageSize, 100)),
        ...(first ? {} : { nextPageToken: search.pageToken }),
      },
      what: 'epics',
      schema: searchPageSchema(issueSchema),
    }),
    first
      ? request({
          as,
          method: 'POST',
          path: route`/rest/api/3/search/approximate-count`,
          body: { jql },
          what: 'the matching epics',
          schema: countSchema,
        })
      : null,
    key
      ? epicByKey(
          request,
          key,
          { issueTypes: search.issueTypes, projectIds: projectId ? [projectId] : undefined },
          as,
        )
      : null,
  ]);
  let issues = page.issues.map((issue) => toJiraIssue(issue));
  if (byKey) issues = [byKey, ...issues.filter((issue) => issue.id !== byKey.id)];
  const next = page.isLast === true ? null : (page.nextPageToken ?? null);
  return { issues, total: counted ? counted.count : null, next, project: prefixed };
}
