import type { EmulatorResponse } from '../types';

/** A request path split into its route and query parameters (repeatable). */
export interface ParsedPath {
  pathname: string;
  query: URLSearchParams;
}

export function parsePath(path: string): ParsedPath {
  const url = new URL(path, 'http://jira.local');
  return { pathname: url.pathname.replace(/\/+$/, '') || '/', query: url.searchParams };
}

const JSON_HEADERS = { 'content-type': 'application/json;charset=UTF-8' };

export function ok(body: unknown, status = 200): EmulatorResponse {
  return { status, headers: JSON_HEADERS, body };
}

export function noContent(status = 204): EmulatorResponse {
  return { status };
}

/** Jira's classic error envelope. */
export function jiraError(status: number, ...messages: string[]): EmulatorResponse {
  return { status, headers: JSON_HEADERS, body: { errorMessages: messages, errors: {} } };
}

/** Jira does not tell missing issues from ones the caller may not browse. */
export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string array from a JSON body field, or undefined when absent; throws on a wrong type. */
export function stringList(value: unknown, field: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new BadRequest(`The field '${field}' must be a list of strings.`);
  }
  return value as string[];
}

/** Thrown by handlers for a 400 with Jira's envelope. */
export class BadRequest extends Error {}

/** Rejects body properties the Jira bean does not declare, as Jira's JSON binding does. */
export function rejectUnknownProperties(body: Record<string, unknown>, allowed: readonly string[]): void {
  const unknown = Object.keys(body).find((k) => !allowed.includes(k));
  if (unknown !== undefined) {
    throw new BadRequest(`Unrecognized field "${unknown}" (not marked as ignorable).`);
  }
}
