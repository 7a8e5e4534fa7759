import { route } from '@forge/api';
import { myselfSchema } from './schemas';
import type { JiraRequest } from './transport';
import type { Myself } from './types';

/** The invoking user's account id and display name (`GET /rest/api/3/myself`, as the user). */
export async function myself(request: JiraRequest): Promise<Myself> {
  const me = await request({
    as: 'user',
    method: 'GET',
    path: route`/rest/api/3/myself`,
    what: 'your Jira profile',
    schema: myselfSchema,
  });
  return { accountId: me.accountId, displayName: me.displayName };
}
