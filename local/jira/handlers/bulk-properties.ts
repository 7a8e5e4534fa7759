import { randomUUID } from 'node:crypto';
import { isRecord, jiraError } from '../http';
import type { Handler } from './context';

/** POST /rest/api/3/issue/properties/multi: up to 100 issues, up to 10 properties each. */
const MAX_ISSUES = 100;
const MAX_PROPERTIES = 10;
const MAX_VALUE_LENGTH = 32768;

/**
 * Bulk set issue properties by issue. Jira runs it as an asynchronous task and answers 303 with
 * the task's location; here the task is done by the time the answer is sent. Issues that do not
 * exist, or that the caller may not browse and edit, are skipped (Jira reports them only in the
 * task result, which the emulator does not keep).
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
  const viewer = ctx.permissions.viewer(request.accountId);
  for (const { issueId, properties } of updates) {
    const issue = ctx.store.byId(issueId);
    if (!issue || !viewer.canSee(issue)) continue;
    if (!ctx.permissions.hasIssuePermission(request.accountId, 'EDIT_ISSUES', issue)) continue;
    const stored = (issue.properties ??= {});
    for (const [key, value] of Object.entries(properties)) stored[key] = structuredClone(value);
  }
  ctx.store.propertiesChanged();
  return { status: 303, headers: { location: `${ctx.store.baseUrl}/rest/api/3/task/${randomUUID()}` } };
};
