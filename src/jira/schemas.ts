import { z } from 'zod';
import { withoutDirectionControls, type StatusCategory } from '../contract';
import { estimateIn } from './estimates';
import type { JiraIssue } from './types';

/**
 * Partial, loose schemas of the Jira answers we rely on (the Jira Cloud platform REST API v3):
 * only the fields we read are checked, anything else Jira adds passes through, so a surprise
 * in what we do read becomes UNAVAILABLE instead of a crash further down.
 */

/** Jira sends ids as strings in IssueBean but as integers in some beans; we keep strings. */
const idString = z.union([z.string(), z.number().int()]).transform(String);

/** The fields every epic read asks for; keep this list short, Jira's cost grows with fields. */
export const ISSUE_FIELDS = ['summary', 'status', 'project', 'issuetype', 'duedate', 'parent'];

const statusSchema = z.looseObject({
  name: z.string(),
  statusCategory: z.looseObject({ key: z.string() }),
});

export const issueSchema = z.looseObject({
  id: idString,
  key: z.string(),
  fields: z.looseObject({
    summary: z.string(),
    status: statusSchema,
    project: z.looseObject({ id: idString, key: z.string(), name: z.string() }),
    issuetype: z.looseObject({ id: idString, name: z.string() }),
    duedate: z.string().nullish(),
    parent: z.looseObject({ id: idString }).nullish(),
  }),
});

/** For child counts we only ask for status and parent. */
export const childIssueSchema = z.looseObject({
  id: idString,
  fields: z.looseObject({
    status: statusSchema,
    parent: z.looseObject({ id: idString }).nullish(),
  }),
});

export function searchPageSchema<T extends z.ZodType>(issue: T) {
  return z.looseObject({
    issues: z.array(issue).default([]),
    nextPageToken: z.string().nullish(),
    isLast: z.boolean().optional(),
  });
}

export const bulkFetchSchema = z.looseObject({
  issues: z.array(issueSchema).default([]),
  issueErrors: z
    .array(z.looseObject({ id: idString.optional(), errorMessage: z.string().optional() }))
    .default([]),
});

export const projectPageSchema = z.looseObject({
  values: z.array(z.looseObject({ id: idString, key: z.string(), name: z.string() })).default([]),
  isLast: z.boolean().optional(),
  total: z.number().optional(),
});

export const permissionGrantsSchema = z.looseObject({
  globalPermissions: z.array(z.string()).default([]),
  projectPermissions: z
    .array(
      z.looseObject({
        permission: z.string(),
        issues: z.array(idString).default([]),
        projects: z.array(idString).default([]),
      }),
    )
    .default([]),
});

/** Jira also has a "No category" (`undefined`) status category; it reads as not started. */
export function statusCategory(key: string): StatusCategory {
  return key === 'done' || key === 'indeterminate' ? key : 'new';
}

export function toJiraIssue(
  issue: z.infer<typeof issueSchema>,
  estimateFieldId: string | null = null,
): JiraIssue {
  const f = issue.fields;
  return {
    id: issue.id,
    key: issue.key,
    summary: withoutDirectionControls(f.summary),
    statusName: withoutDirectionControls(f.status.name),
    statusCategory: statusCategory(f.status.statusCategory.key),
    dueDate: f.duedate ?? null,
    projectId: f.project.id,
    projectKey: f.project.key,
    projectName: withoutDirectionControls(f.project.name),
    issueTypeId: f.issuetype.id,
    issueTypeName: f.issuetype.name,
    parentId: f.parent?.id ?? null,
    estimate: estimateIn(f, estimateFieldId),
  };
}
