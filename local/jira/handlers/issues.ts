import {
  BadRequest,
  ISSUE_NOT_FOUND,
  isRecord,
  jiraError,
  ok,
  rejectUnknownProperties,
  stringList,
} from '../http';
import { issueJson } from '../render/issue-json';
import { parseFieldSelection, splitList } from '../render/field-selection';
import type { SiteIssue } from '../site';
import type { Handler } from './context';

/** POST /rest/api/3/issue/bulkfetch takes at most 100 ids or keys per request. */
const MAX_BULK_FETCH = 100;
const BULK_BODY_FIELDS = ['expand', 'fields', 'fieldsByKeys', 'issueIdsOrKeys', 'properties'];

export const getIssue: Handler = (ctx, request) => {
  const issue = ctx.store.find(request.params.issueIdOrKey);
  const viewer = ctx.permissions.viewer(request.accountId);
  if (!issue || !viewer.canSee(issue)) return jiraError(404, ISSUE_NOT_FOUND);
  const selection = parseFieldSelection(request.query.getAll('fields'), ['*all'], ctx.store.customFieldIds);
  const properties = splitList(request.query.getAll('properties'));
  return ok(issueJson(ctx.store, issue, viewer, selection, properties));
};

export const bulkFetch: Handler = (ctx, request) => {
  try {
    const body = request.body;
    if (!isRecord(body)) throw new BadRequest('The request body must be a JSON object.');
    rejectUnknownProperties(body, BULK_BODY_FIELDS);
    const requested = stringList(body.issueIdsOrKeys, 'issueIdsOrKeys') ?? [];
    if (requested.length === 0) return jiraError(400, 'No issue IDs or keys were provided.');
    if (requested.length > MAX_BULK_FETCH) {
      return jiraError(400, `Too many issue IDs or keys were provided. The maximum is ${MAX_BULK_FETCH}.`);
    }
    const viewer = ctx.permissions.viewer(request.accountId);
    const selection = parseFieldSelection(
      stringList(body.fields, 'fields') ?? [],
      ['*navigable'],
      ctx.store.customFieldIds,
    );
    const properties = (stringList(body.properties, 'properties') ?? []).slice(0, 5);
    const found = new Map<string, SiteIssue>();
    const issueErrors: { id: string; errorMessage: string }[] = [];
    for (const idOrKey of new Set(requested)) {
      const issue = ctx.store.find(idOrKey.trim());
      if (issue && viewer.canSee(issue)) found.set(issue.id, issue);
      else issueErrors.push({ id: idOrKey, errorMessage: ISSUE_NOT_FOUND });
    }
    // Jira returns bulk-fetched issues in ascending id order.
    const issues = [...found.values()].sort((a, b) => Number(a.id) - Number(b.id));
    return ok({
      issues: issues.map((i) => issueJson(ctx.store, i, viewer, selection, properties)),
      issueErrors,
    });
  } catch (error) {
    if (error instanceof BadRequest) return jiraError(400, error.message);
    throw error;
  }
};
