import { jiraError, ok } from '../http';
import { userJson } from '../render/entities';
import { splitList } from '../render/field-selection';
import type { Handler } from './context';

/** GET /rest/api/3/myself: the user, or the app user when the request runs as the app. */
export const myself: Handler = (ctx, { query, accountId }) => {
  const { store } = ctx;
  if (accountId === undefined) {
    const app = store.data.app;
    return ok({
      self: `${store.baseUrl}/rest/api/3/user?accountId=${app?.appUserAccountId ?? ''}`,
      accountId: app?.appUserAccountId ?? '',
      accountType: 'app',
      displayName: app?.name ?? 'Forge app',
      active: true,
      timeZone: 'Etc/UTC',
      locale: 'en_US',
    });
  }
  const user = store.usersById.get(accountId);
  if (!user) {
    return jiraError(401, 'You are not authenticated. Authentication required to perform this operation.');
  }
  const json: Record<string, unknown> = { ...userJson(store.baseUrl, user), locale: 'en_US' };
  const expand = splitList(query.getAll('expand'));
  if (expand.includes('groups')) {
    json.groups = {
      size: user.groups.length,
      items: user.groups.map((name) => ({
        name,
        self: `${store.baseUrl}/rest/api/3/group?groupname=${name}`,
      })),
    };
  }
  json.applicationRoles = { size: 1, items: [] };
  return ok(json);
};
