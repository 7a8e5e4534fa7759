import type { AuditEntry, Settings } from '../../contract';
import type { Deps } from '../../deps';
import type { StoredPortfolio } from './snapshot';

/**
 * The only place the read resolvers touch the store: every view is served from what is stored
 * (contribution snapshots refreshed by Jira events), so a page load costs storage reads, not Jira
 * searches.
 */
export async function loadPortfolio(deps: Pick<Deps, 'store'>): Promise<StoredPortfolio> {
  const all = await deps.store.readAll();
  // readAll reports settings never saved as null (the backup format); views show the defaults.
  const settings = all.settings ?? (await deps.store.settings.get());
  return { ...all, settings };
}

export async function loadSettings(deps: Pick<Deps, 'store'>): Promise<Settings> {
  return deps.store.settings.get();
}

export async function loadAudit(
  deps: Pick<Deps, 'store'>,
  type: AuditEntry['entityType'],
  id: string,
): Promise<AuditEntry[]> {
  return deps.store.listAudit(type, id);
}
