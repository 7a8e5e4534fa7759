import type { ResolverKey } from '../../contract';
import type { Deps } from '../../deps';
import { requireManage, viewerAccess, type ViewerAccess } from '../access';
import { define, type Caller, type ResolverHandler } from '../define';

/**
 * The caller's access for a change that needs "Manage market layer": FORBIDDEN unless they hold
 * it. One bulk permission check, nothing read from the change itself.
 */
async function requireManager(deps: Pick<Deps, 'jira' | 'store'>, caller: Caller): Promise<ViewerAccess> {
  const access = await viewerAccess(caller, deps);
  requireManage(access);
  return access;
}

/**
 * A resolver only holders of "Manage market layer" may call (markets, priorities, solutions,
 * products, settings, the admin page's actions). Permission is checked before the payload is
 * parsed: whatever a viewer sends, they get the same small FORBIDDEN, learn nothing of what a
 * valid payload looks like, and cost one permission check. The handler gets the checked access.
 */
export function defineManaged<K extends ResolverKey>(
  deps: Pick<Deps, 'jira' | 'store'>,
  key: K,
  handler: ResolverHandler<K, ViewerAccess>,
) {
  return define(key, handler, (caller) => requireManager(deps, caller));
}
