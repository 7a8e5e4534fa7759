import type { FieldDefinition } from './context';
import { dateField } from './date-field';
import { issueKeyField, parentField } from './issue-ref-field';
import { JqlError } from './errors';
import {
  assigneeField,
  issueTypeField,
  labelsField,
  projectField,
  reporterField,
  statusCategoryField,
  statusField,
} from './lookup-fields';
import { textField } from './text-field';

/** Searchable fields by lower-case JQL name (Jira's aliases included). */
const FIELDS = new Map<string, FieldDefinition>([
  ['project', projectField],
  ['issue', issueKeyField],
  ['issuetype', issueTypeField],
  ['type', issueTypeField],
  ['status', statusField],
  ['statuscategory', statusCategoryField],
  ['key', issueKeyField],
  ['issuekey', issueKeyField],
  ['id', issueKeyField],
  ['parent', parentField],
  ['labels', labelsField],
  ['assignee', assigneeField],
  ['reporter', reporterField],
  ['summary', textField((issue) => issue.summary)],
  ['created', dateField((issue) => issue.created, 'instant')],
  ['createddate', dateField((issue) => issue.created, 'instant')],
  ['updated', dateField((issue) => issue.updated, 'instant')],
  ['updateddate', dateField((issue) => issue.updated, 'instant')],
  ['duedate', dateField((issue) => issue.duedate, 'day')],
  ['due', dateField((issue) => issue.duedate, 'day')],
]);

/** Real Jira fields the emulator does not search on: say so rather than pretend they do not exist. */
const NOT_EMULATED = new Set([
  'priority',
  'resolution',
  'resolutiondate',
  'resolved',
  'sprint',
  'fixversion',
  'affectedversion',
  'component',
  'comment',
  'text',
  'description',
  'environment',
  'creator',
  'watcher',
  'votes',
  'rank',
  'level',
  'issuetype.hierarchylevel',
  'hierarchylevel',
  'epic link',
  'statuscategorychangeddate',
]);

function notEmulated(name: string): JqlError {
  return new JqlError(
    `Error in the JQL Query: The field '${name}' exists in Jira but is not supported by the local Jira emulator.`,
  );
}

export function fieldDoesNotExist(name: string): JqlError {
  return new JqlError(`Field '${name}' does not exist or you do not have permission to view it.`);
}

export function searchableField(name: string): FieldDefinition {
  const lower = name.toLowerCase();
  const field = FIELDS.get(lower);
  if (field) return field;
  if (NOT_EMULATED.has(lower) || /^(customfield_\d+|cf\[\d+\])$/.test(lower)) throw notEmulated(name);
  throw fieldDoesNotExist(name);
}

export function isNotEmulated(name: string): boolean {
  return NOT_EMULATED.has(name.toLowerCase());
}
