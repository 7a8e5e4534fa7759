import { isRecord, jiraError } from '../http';
import type { Handler } from './context';
import { taskLocation } from './tasks';

/** POST /rest/api/3/issue/properties/multi: up to 100 issues, up to 10 properties each. */
const MAX_ISSUES = 100;
const MAX_PROPERTIES = 10;
const MAX_VALUE_LENGTH = 32768;

/**
 * Bulk set issue properties by issue. Jira runs it as an asynchronous task and answers 303 with
 * the task's location; here the task is done by the time the answer is sent. Issues that do not
 * exist, or that the caller may not browse and edit, are skipped; the task
 * (GET /rest/api/3/task/{taskId}) says how many were written.
 */
export const bulkSetIssueProperties: Handler = (ctx, request) => {
  const body = request.body;
  if (!isRecord(body) || !Array.isArray(body.issues)) {
    return jiraError(400, "The request body must hold 'issues': a list of issues and their properties.");
  }
  const unknown = Object.keys(body).find((k) => k !== 'issues');
  if (unknown) return jiraError(400, `Unrecognized field "${unknown}" (not marked as ignorable).`);
  if (body.issues.length < 1 || body.issues.length > MAX_ISSUES) {
    return jiraError(400, `The number of issues must be between 1 and ${MAX_ISSUES}.`);
  }
  const updates: { issueId: string; properties: Record<string, unknown> }[] = [];
  for (const entry of body.issues) {
    if (!isRecord(entry) || !Number.isInteger(entry.issueID) || !isRecord(entry.properties)) {
      return jiraError(400, "Each issue needs an integer 'issueID' and an object 'properties'.");
    }
    const count = Object.keys(entry.properties).length;
    if (count < 1 || count > MAX_PROPERTIES) {
      return jiraError(400, `Each issue must have between 1 and ${MAX_PROPERTIES} properties.`);
    }
    for (const [key, value] of Object.entries(entry.properties)) {
      if (JSON.stringify(value).length > MAX_VALUE_LENGTH) {
        return jiraError(
          400,
          `The value of property '${key}' cannot be longer than ${MAX_VALUE_LENGTH} characters.`,
        );
      }
    }
    updates.push({ issueId: String(entry.issueID), properties: entry.properties });
  }
  let written = 0;
  for (const { issueId, properties } of updates) {
    const issue = editable(ctx, request.accountId, issueId);
    if (!issue) continue;
    const stored = (issue.properties ??= {});
    for (const [key, value] of Object.entries(properties)) stored[key] = structuredClone(value);
    written++;
  }
  ctx.store.propertiesChanged();
  const task = ctx.tasks.complete('Bulk set issue properties', request.accountId, {
    updated: written,
    skipped: updates.length - written,
  });
  return taskLocation(ctx.store.baseUrl, task);
};

/** The issue, when the caller may browse and edit it (Jira's eligibility for bulk property changes). */
function editable(ctx: Parameters<Handler>[0], accountId: string | undefined, issueId: string) {
  const issue = ctx.store.byId(issueId);
  if (!issue || !ctx.permissions.viewer(accountId).canSee(issue)) return undefined;
  return ctx.permissions.hasIssuePermission(accountId, 'EDIT_ISSUES', issue) ? issue : undefined;
}

/**
 * DELETE /rest/api/3/issue/properties/{propertyKey} ("Bulk delete issue property",
 * IssueFilterForBulkPropertyDelete): from the issues in `entityIds` (all eligible issues when
 * absent, as Jira does) whose value equals `currentValue` when given. Asynchronous in Jira: 303
 * with the task. Issues the caller may not browse and edit are not eligible.
 */
export const bulkDeleteIssueProperty: Handler = (ctx, request) => {
  const body = request.body;
  if (!isRecord(body)) return jiraError(400, 'The request body must be a filter object.');
  const unknown = Object.keys(body).find((k) => k !== 'entityIds' && k !== 'currentValue');
  if (unknown) return jiraError(400, `Unrecognized field "${unknown}" (not marked as ignorable).`);
  const { entityIds } = body;
  if (
    entityIds !== undefined &&
    (!Array.isArray(entityIds) || !entityIds.every((id) => Number.isInteger(id)))
  ) {
    return jiraError(400, "'entityIds' must be a list of issue ids (integers).");
  }
  const key = request.params.propertyKey;
  const candidates = entityIds
    ? [...new Set(entityIds.map(String))]
    : ctx.store.data.issues.map((issue) => issue.id);
  const same = (value: unknown) =>
    !('currentValue' in body) || JSON.stringify(value) === JSON.stringify(body.currentValue);
  let deleted = 0;
  for (const id of candidates) {
    const issue = editable(ctx, request.accountId, id);
    if (!issue?.properties || !(key in issue.properties) || !same(issue.properties[key])) continue;
    delete issue.properties[key];
    deleted++;
  }
  ctx.store.propertiesChanged();
  const task = ctx.tasks.complete('Bulk delete issue property', request.accountId, { deleted });
  return taskLocation(ctx.store.baseUrl, task);
};
