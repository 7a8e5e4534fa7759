/**
 * Jira's built-in permission keys, with the ids and names `GET /rest/api/3/mypermissions`
 * reports (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-permissions/).
 */
export interface PermissionDefinition {
  id: string;
  key: string;
  name: string;
  type: 'GLOBAL' | 'PROJECT';
  description: string;
}

const GLOBAL: Array<[string, string, string]> = [
  ['0', 'ADMINISTER', 'Administer Jira'],
  ['44', 'SYSTEM_ADMIN', 'Administer Jira system'],
  ['27', 'USER_PICKER', 'Browse users and groups'],
  ['22', 'CREATE_SHARED_OBJECTS', 'Share dashboards and filters'],
  ['24', 'MANAGE_GROUP_FILTER_SUBSCRIPTIONS', 'Manage group filter subscriptions'],
  ['33', 'BULK_CHANGE', 'Make bulk changes'],
];

const PROJECT: Array<[string, string, string]> = [
  ['23', 'ADMINISTER_PROJECTS', 'Administer projects'],
  ['10', 'BROWSE_PROJECTS', 'Browse projects'],
  ['11', 'CREATE_ISSUES', 'Create issues'],
  ['12', 'EDIT_ISSUES', 'Edit issues'],
  ['13', 'ASSIGN_ISSUES', 'Assign issues'],
  ['17', 'ASSIGNABLE_USER', 'Assignable user'],
  ['14', 'RESOLVE_ISSUES', 'Resolve issues'],
  ['18', 'CLOSE_ISSUES', 'Close issues'],
  ['46', 'TRANSITION_ISSUES', 'Transition issues'],
  ['16', 'DELETE_ISSUES', 'Delete issues'],
  ['21', 'LINK_ISSUES', 'Link issues'],
  ['25', 'MOVE_ISSUES', 'Move issues'],
  ['28', 'SCHEDULE_ISSUES', 'Schedule issues'],
  ['26', 'SET_ISSUE_SECURITY', 'Set issue security'],
  ['30', 'MODIFY_REPORTER', 'Modify reporter'],
  ['15', 'ADD_COMMENTS', 'Add comments'],
  ['29', 'VIEW_DEV_TOOLS', 'View development tools'],
  ['45', 'VIEW_READONLY_WORKFLOW', 'View read-only workflow'],
  ['20', 'WORK_ON_ISSUES', 'Work on issues'],
];

function build(
  type: 'GLOBAL' | 'PROJECT',
  rows: Array<[string, string, string]>,
): Map<string, PermissionDefinition> {
  return new Map(rows.map(([id, key, name]) => [key, { id, key, name, type, description: `${name}.` }]));
}

export const GLOBAL_PERMISSIONS = build('GLOBAL', GLOBAL);
export const PROJECT_PERMISSIONS = build('PROJECT', PROJECT);
