import type {
  SiteIssueType,
  SiteProject,
  SiteSecurityLevel,
  SiteStatus,
  SiteUser,
  StatusCategoryKey,
} from '../site';

/** Jira's three status categories, with the ids, keys and colour names Jira Cloud reports. */
const STATUS_CATEGORIES: Record<StatusCategoryKey, { id: number; colorName: string; name: string }> = {
  new: { id: 2, colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, colorName: 'green', name: 'Done' },
};

export function statusCategoryOf(key: StatusCategoryKey): {
  id: number;
  key: StatusCategoryKey;
  name: string;
} {
  return { id: STATUS_CATEGORIES[key].id, key, name: STATUS_CATEGORIES[key].name };
}

export const STATUS_CATEGORY_KEYS = Object.keys(STATUS_CATEGORIES) as StatusCategoryKey[];

function avatarUrls(base: string): Record<string, string> {
  return {
    '48x48': `${base}?s=48`,
    '24x24': `${base}?s=24`,
    '16x16': `${base}?s=16`,
    '32x32': `${base}?s=32`,
  };
}

/** Jira renders timestamps as `2025-01-15T10:00:00.000+0000`. */
export function jiraDateTime(iso: string): string {
  return new Date(iso).toISOString().replace('Z', '+0000');
}

export function userJson(baseUrl: string, user: SiteUser): Record<string, unknown> {
  return {
    self: `${baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    accountType: 'atlassian',
    emailAddress: user.emailAddress,
    avatarUrls: avatarUrls(`https://avatar-management.services.atlassian.com/avatar/${user.accountId}`),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone ?? 'Etc/UTC',
  };
}

export function projectJson(baseUrl: string, project: SiteProject): Record<string, unknown> {
  return {
    self: `${baseUrl}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: project.projectTypeKey,
    simplified: false,
    avatarUrls: avatarUrls(`${baseUrl}/rest/api/3/universal_avatar/view/type/project/avatar/10400`),
  };
}

export function issueTypeJson(baseUrl: string, type: SiteIssueType): Record<string, unknown> {
  return {
    self: `${baseUrl}/rest/api/3/issuetype/${type.id}`,
    id: type.id,
    description: type.description ?? '',
    iconUrl: `${baseUrl}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${type.id}?size=medium`,
    name: type.name,
    subtask: type.hierarchyLevel < 0,
    avatarId: Number(type.id),
    hierarchyLevel: type.hierarchyLevel,
  };
}

export function statusJson(baseUrl: string, status: SiteStatus): Record<string, unknown> {
  const category = STATUS_CATEGORIES[status.categoryKey];
  return {
    self: `${baseUrl}/rest/api/3/status/${status.id}`,
    description: '',
    iconUrl: `${baseUrl}/`,
    name: status.name,
    id: status.id,
    statusCategory: {
      self: `${baseUrl}/rest/api/3/statuscategory/${category.id}`,
      id: category.id,
      key: status.categoryKey,
      colorName: category.colorName,
      name: category.name,
    },
  };
}

export function securityLevelJson(baseUrl: string, level: SiteSecurityLevel): Record<string, unknown> {
  return {
    self: `${baseUrl}/rest/api/3/securitylevel/${level.id}`,
    id: level.id,
    description: level.description,
    name: level.name,
  };
}
