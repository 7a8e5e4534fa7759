import { ISSUE_NOT_FOUND, jiraError, noContent, ok } from '../http';
import type { SiteIssue } from '../site';
import type { Handler, RouteRequest, SiteContext } from './context';

/** Entity property limits (PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}). */
const MAX_KEY_LENGTH = 255;
const MAX_VALUE_LENGTH = 32768;

function visibleIssue(ctx: SiteContext, request: RouteRequest): SiteIssue | undefined {
  const issue = ctx.store.find(request.params.issueIdOrKey);
  return issue && ctx.permissions.viewer(request.accountId).canSee(issue) ? issue : undefined;
}

function propertyMissing(key: string) {
  return jiraError(404, `The property with key '${key}' does not exist.`);
}

export const listIssueProperties: Handler = (ctx, request) => {
  const issue = visibleIssue(ctx, request);
  if (!issue) return jiraError(404, ISSUE_NOT_FOUND);
  const keys = Object.keys(issue.properties ?? {}).sort();
  const self = (key: string) =>
    `${ctx.store.baseUrl}/rest/api/3/issue/${issue.id}/properties/${encodeURIComponent(key)}`;
  return ok({ keys: keys.map((key) => ({ self: self(key), key })) });
};

export const getIssueProperty: Handler = (ctx, request) => {
  const issue = visibleIssue(ctx, request);
  if (!issue) return jiraError(404, ISSUE_NOT_FOUND);
  const key = request.params.propertyKey;
  if (!issue.properties || !(key in issue.properties)) return propertyMissing(key);
  return ok({ key, value: structuredClone(issue.properties[key]) });
};

/** Setting a property needs Edit issues; it does not change the issue's `updated` date. */
export const setIssueProperty: Handler = (ctx, request) => {
  const issue = visibleIssue(ctx, request);
  if (!issue) return jiraError(404, ISSUE_NOT_FOUND);
  const key = request.params.propertyKey;
  if (key.length > MAX_KEY_LENGTH) {
    return jiraError(400, `The property key cannot be longer than ${MAX_KEY_LENGTH} characters.`);
  }
  if (request.body === undefined) return jiraError(400, 'The property value cannot be empty.');
  if (JSON.stringify(request.body).length > MAX_VALUE_LENGTH) {
    return jiraError(400, `The property value cannot be longer than ${MAX_VALUE_LENGTH} characters.`);
  }
  if (!ctx.permissions.hasIssuePermission(request.accountId, 'EDIT_ISSUES', issue)) {
    return jiraError(403, 'You do not have permission to edit this issue.');
  }
  const properties = (issue.properties ??= {});
  const existed = key in properties;
  properties[key] = structuredClone(request.body);
  ctx.store.propertiesChanged();
  return noContent(existed ? 200 : 201);
};

export const deleteIssueProperty: Handler = (ctx, request) => {
  const issue = visibleIssue(ctx, request);
  const key = request.params.propertyKey;
  if (!issue || !ctx.permissions.hasIssuePermission(request.accountId, 'EDIT_ISSUES', issue)) {
    return jiraError(404, ISSUE_NOT_FOUND);
  }
  if (!issue.properties || !(key in issue.properties)) return propertyMissing(key);
  delete issue.properties[key];
  ctx.store.propertiesChanged();
  return noContent();
};
