import type { EmulatorResponse } from '../../types';
import type { PrecomputationStore } from '../functions/precomputations';
import type { PermissionModel } from '../permissions';
import type { SearchService } from '../search-service';
import type { SiteStore } from '../store';
import type { TaskStore } from '../tasks';

/** What every endpoint handler works with. */
export interface SiteContext {
  store: SiteStore;
  permissions: PermissionModel;
  search: SearchService;
  now: () => Date;
  /** Stored fragments of the app's JQL functions. */
  functions: PrecomputationStore;
  /** Bulk property tasks, for GET /rest/api/3/task/{taskId}. */
  tasks: TaskStore;
}

export interface RouteRequest {
  method: string;
  query: URLSearchParams;
  body: unknown;
  accountId: string | undefined;
  /** Path parameters captured by the route, e.g. `issueIdOrKey`. */
  params: Record<string, string>;
}

export type Handler = (ctx: SiteContext, request: RouteRequest) => EmulatorResponse;
