import { jiraError, ok } from '../http';
import type { SiteCustomField } from '../site';
import type { Handler } from './context';

/** The system fields this emulator renders, as FieldDetails describes them (the rest of Jira's are left out). */
const SYSTEM_FIELDS: { id: string; name: string; type: string; items?: string }[] = [
  { id: 'summary', name: 'Summary', type: 'string' },
  { id: 'issuetype', name: 'Issue Type', type: 'issuetype' },
  { id: 'status', name: 'Status', type: 'status' },
  { id: 'project', name: 'Project', type: 'project' },
  { id: 'parent', name: 'Parent', type: 'issuelink' },
  { id: 'duedate', name: 'Due date', type: 'date' },
  { id: 'created', name: 'Created', type: 'datetime' },
  { id: 'updated', name: 'Updated', type: 'datetime' },
  { id: 'assignee', name: 'Assignee', type: 'user' },
  { id: 'reporter', name: 'Reporter', type: 'user' },
  { id: 'security', name: 'Security Level', type: 'securitylevel' },
  { id: 'labels', name: 'Labels', type: 'array', items: 'string' },
  { id: 'description', name: 'Description', type: 'string' },
];

function customFieldJson(field: SiteCustomField) {
  const customId = Number(field.id.replace('customfield_', ''));
  return {
    id: field.id,
    key: field.id,
    name: field.name,
    custom: true,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: [`cf[${customId}]`, field.name],
    schema: { type: field.type, custom: field.customType, customId },
  };
}

/**
 * GET /rest/api/3/field: the site's system and custom fields (FieldDetails). Every field here is
 * used in every project, so everyone who may browse a project sees them all, as Jira answers.
 */
export const listFields: Handler = (ctx, { accountId }) => {
  const { store } = ctx;
  if (accountId !== undefined && !store.usersById.get(accountId))
    return jiraError(401, 'You are not authenticated. Authentication required to perform this operation.');
  const system = SYSTEM_FIELDS.map((f) => ({
    id: f.id,
    key: f.id,
    name: f.name,
    custom: false,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: [f.id],
    schema: { type: f.type, system: f.id, ...(f.items && { items: f.items }) },
  }));
  return ok([...system, ...(store.data.fields ?? []).map(customFieldJson)]);
};
