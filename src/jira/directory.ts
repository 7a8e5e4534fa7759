import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraRequest } from './transport';
import type { Actor } from './types';

const issueTypesSchema = z.array(
  z.looseObject({ id: z.string(), name: z.string(), hierarchyLevel: z.number().int().optional() }),
);
const usersSchema = z.array(
  z.looseObject({
    accountId: z.string(),
    displayName: z.string().optional(),
    accountType: z.string().optional(),
    active: z.boolean().optional(),
  }),
);

/** The issue types `as` may see (`GET /rest/api/3/issuetype`), names and hierarchy level. */
export async function listIssueTypes(
  request: JiraRequest,
  as: Actor,
): Promise<{ id: string; name: string; hierarchyLevel: number }[]> {
  const types = await request({
    as,
    method: 'GET',
    path: route`/rest/api/3/issuetype`,
    what: 'issue types',
    schema: issueTypesSchema,
  });
  return types.map((t) => ({ id: t.id, name: t.name, hierarchyLevel: t.hierarchyLevel ?? 0 }));
}

/** People for a picker: at most 20 active people (`GET /rest/api/3/user/search`), or the one `accountId`. */
export async function searchUsers(
  request: JiraRequest,
  search: { text?: string; accountId?: string },
  as: Actor,
): Promise<{ accountId: string; displayName: string }[]> {
  const users = await request({
    as,
    method: 'GET',
    path: search.accountId
      ? route`/rest/api/3/user/search?accountId=${search.accountId}`
      : route`/rest/api/3/user/search?query=${search.text ?? ''}&maxResults=20`,
    what: 'people',
    schema: usersSchema,
  });
  return users
    .filter((u) => u.active !== false && (u.accountType ?? 'atlassian') === 'atlassian')
    .map((u) => ({ accountId: u.accountId, displayName: u.displayName ?? u.accountId }));
}
