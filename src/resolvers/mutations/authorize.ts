import type { Deps } from '../../deps';
import { requireManage, viewerAccess, type AccessQuery, type ViewerAccess } from '../access';
import type { Caller } from '../define';

/**
 * The caller's access for a change that needs "Manage market layer": FORBIDDEN unless they hold
 * it. Called before anything is read for the change, so a refused caller learns nothing and
 * nothing is written. One bulk permission check (plus any issues the change also needs).
 */
export async function requireManager(
  deps: Pick<Deps, 'jira' | 'store'>,
  caller: Caller,
  query: AccessQuery = {},
): Promise<ViewerAccess> {
  const access = await viewerAccess(caller, deps, query);
  requireManage(access);
  return access;
}
