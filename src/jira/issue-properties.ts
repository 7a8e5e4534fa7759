import { route } from '@forge/api';
import { z } from 'zod';
import { searchAll } from './search';
import type { JiraRequest } from './transport';

/**
 * Jira's bulk property write takes up to 100 issues a request
 * (POST /rest/api/3/issue/properties/multi, "Bulk set issue properties by issue").
 */
export const PROPERTY_BATCH = 100;
/** Ids only: Jira serves up to 5,000 a page; a job collects at most this many epics to rewrite. */
const MAX_COLLECTED = 20_000;

export interface IssuePropertyWrite {
  issueId: string;
  value: unknown;
}

/**
 * Writes one property on many issues as the app, 100 issues a request. Jira runs each request as
 * an asynchronous task (303 with its location); the app does not wait for the task: the next
 * change or the job that follows a rename writes the whole value again, so a lost write heals.
 */
export async function setIssueProperties(
  request: JiraRequest,
  propertyKey: string,
  writes: readonly IssuePropertyWrite[],
): Promise<number> {
  let requests = 0;
  for (let i = 0; i < writes.length; i += PROPERTY_BATCH) {
    const batch = writes.slice(i, i + PROPERTY_BATCH);
    await request({
      as: 'app',
      method: 'POST',
      path: route`/rest/api/3/issue/properties/multi`,
      body: {
        issues: batch.map((w) => ({ issueID: Number(w.issueId), properties: { [propertyKey]: w.value } })),
      },
      what: 'the market layer of linked epics',
      schema: z.unknown(),
      task: true,
    });
    requests++;
  }
  return requests;
}

/**
 * Deletes one property from these issues as the app, 100 issues a request
 * (DELETE /rest/api/3/issue/properties/{propertyKey}, "Bulk delete issue property", an
 * asynchronous task like the bulk set). Never sent without ids: Jira would then delete the
 * property from every issue the app may edit.
 */
export async function deleteIssueProperties(
  request: JiraRequest,
  propertyKey: string,
  issueIds: readonly string[],
): Promise<number> {
  let requests = 0;
  for (let i = 0; i < issueIds.length; i += PROPERTY_BATCH) {
    const batch = issueIds.slice(i, i + PROPERTY_BATCH);
    await request({
      as: 'app',
      method: 'DELETE',
      path: route`/rest/api/3/issue/properties/${propertyKey}`,
      body: { entityIds: batch.map(Number) },
      what: 'the market layer of unlinked epics',
      schema: z.unknown(),
      task: true,
    });
    requests++;
  }
  return requests;
}

const idOnly = z.object({ id: z.string() });

/** The first `max` (up to 5,000) ids a JQL query matches, as the app, in one request; `more`: others follow. */
export async function issueIdPage(
  request: JiraRequest,
  jql: string,
  max: number,
): Promise<{ ids: string[]; more: boolean }> {
  const { issues, truncated } = await searchAll(request, {
    as: 'app',
    jql,
    fields: ['id'],
    pageSize: max,
    limit: max,
    what: 'the epics that carry a market layer',
    issueSchema: idOnly,
  });
  return { ids: issues.map((issue) => issue.id), more: truncated };
}

/** Ids of the issues a JQL query matches, as the app (every project): the epics a rename touches. */
export async function issueIdsMatching(request: JiraRequest, jql: string): Promise<string[]> {
  const { issues } = await searchAll(request, {
    as: 'app',
    jql,
    fields: ['id'],
    pageSize: 5000,
    limit: MAX_COLLECTED,
    what: 'the epics that carry a market layer',
    issueSchema: idOnly,
  });
  return issues.map((issue) => issue.id);
}
