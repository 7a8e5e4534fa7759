import { parseJql } from './jql/parser';
import { runJql } from './jql/run';
import type { PrecomputationStore } from './functions/precomputations';
import type { PermissionModel } from './permissions';
import type { SiteIssue } from './site';
import type { SiteStore } from './store';

/** Enough for a UI paging through a few queries at once; each entry holds ids, not copies. */
const CACHE_SIZE = 16;

/**
 * Runs JQL for one account. Results are cached per (site version, account, query) so paging
 * through a large result with nextPageToken costs one evaluation, not one per page.
 */
export class SearchService {
  private readonly cache = new Map<string, SiteIssue[]>();

  constructor(
    private readonly store: SiteStore,
    private readonly permissions: PermissionModel,
    private readonly now: () => Date,
    private readonly functions: PrecomputationStore,
  ) {}

  /** Throws JqlError (Jira's 400) for invalid or unbounded JQL. */
  search(jql: string, accountId: string | undefined): SiteIssue[] {
    const cacheKey = `${this.store.version}\u0000${this.functions.version}\u0000${accountId ?? ''}\u0000${jql}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const viewer = this.permissions.viewer(accountId);
    const currentAccountId = accountId ?? this.store.data.app?.appUserAccountId ?? '';
    const result = runJql(parseJql(jql), {
      store: this.store,
      viewer,
      now: this.now(),
      currentAccountId,
      functions: this.functions,
    });
    this.cache.set(cacheKey, result);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    return result;
  }
}
