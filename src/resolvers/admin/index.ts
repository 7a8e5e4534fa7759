import { AppFailure, BACKUP_FORMAT } from '../../contract';
import { createDeps, type Deps } from '../../deps';
import { defineManaged } from '../mutations/authorize';
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
    'admin.export': defineManaged(deps, 'admin.export', async () => {
      const records = await deps.store.readAll();
      return { format: BACKUP_FORMAT, exportedAt: deps.now().toISOString(), ...records };
    }),

    // The store validates the whole backup (schema, duplicate ids, references) before the first
    // write; see src/store/replace-all.ts for why an import cannot be one transaction.
    'admin.import': defineManaged(deps, 'admin.import', async ({ backup }, caller) => {
      return deps.store.replaceAll(backup, caller.accountId).catch(underBackup);
    }),

    'admin.integrity': defineManaged(deps, 'admin.integrity', async () => {
      return integrityFindings(deps);
    }),

    'admin.refreshSnapshots': defineManaged(deps, 'admin.refreshSnapshots', async (_input, caller) => {
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
