import type { AuditEntry, Settings } from '../../contract';
import type { Deps } from '../../deps';
import type { StoredPortfolio } from './snapshot';

/**
 * The only place the read resolvers touch the store: every view is served from what is stored
 * (contribution snapshots refreshed by Jira events), so a page load costs storage reads, not Jira
 * searches.
 */
export async function loadPortfolio(deps: Pick<Deps, 'store'>): Promise<StoredPortfolio> {
  return deps.store.readAll();
}

export async function loadSettings(deps: Pick<Deps, 'store'>): Promise<Settings> {
  return deps.store.settings.get();
}

export async function loadAudit(
  deps: Pick<Deps, 'store'>,
  type: AuditEntry['entityType'],
  id: string,
): Promise<AuditEntry[]> {
  return deps.store.audit.list(type, id);
}
