import { AppFailure, BACKUP_FORMAT } from '../../contract';
import { createDeps, type Deps } from '../../deps';
import { define } from '../define';
import { requireManager } from '../mutations/authorize';
import { liveJob, statusOf } from '../jobs';
import { fullRefresh } from '../reconcile';
import { integrityFindings } from './integrity';

/**
 * The settings page's actions: backup export and import, the integrity check, and refreshing
 * every snapshot on demand (a background job: its progress comes from `jobs.list`). All need "Manage market layer": a backup holds every record,
 * including contributions in projects the caller may not browse.
 */
function createAdminResolvers(deps: Deps) {
  return {
    'admin.export': define('admin.export', async (_input, caller) => {
      await requireManager(deps, caller);
      const records = await deps.store.readAll();
      return { format: BACKUP_FORMAT, exportedAt: deps.now().toISOString(), ...records };
    }),

    // The store validates the whole backup (schema, duplicate ids, references) before the first
    // write; see src/store/replace-all.ts for why an import cannot be one transaction.
    'admin.import': define('admin.import', async ({ backup }, caller) => {
      await requireManager(deps, caller);
      return deps.store.replaceAll(backup, caller.accountId).catch(underBackup);
    }),

    'admin.integrity': define('admin.integrity', async (_input, caller) => {
      await requireManager(deps, caller);
      return integrityFindings(deps);
    }),

    'admin.refreshSnapshots': define('admin.refreshSnapshots', async (_input, caller) => {
      await requireManager(deps, caller);
      const running = await liveJob(deps, ['refresh']);
      return running ? statusOf(running) : fullRefresh(deps, caller.accountId);
    }),
  };
}

/**
 * The store checks the backup's references relative to the backup (`priorities.0.marketId`);
 * the payload nests it under `backup`, as the contract's own errors do (`backup.markets.0.name`).
 */
function underBackup(error: unknown): never {
  if (!(error instanceof AppFailure) || !error.error.fields) throw error;
  const fields = Object.fromEntries(
    Object.entries(error.error.fields).map(([path, message]) => [`backup.${path}`, message]),
  );
  throw new AppFailure({ ...error.error, fields });
}

export const adminResolvers = createAdminResolvers(createDeps());
