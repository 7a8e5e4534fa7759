import { createDeps, type Deps } from '../../deps';
import { define } from '../define';
import { requireManager } from '../mutations/authorize';
import { liveJob, statusOf } from '../jobs';
import { fullRefresh } from '../reconcile';
import { exportBackupPage, exportWholeBackup } from './export';
import { beginImport, commitImport, importInOneCall, importStatus, receiveChunk } from './import';
import { integrityFindings } from './integrity';

/**
 * The settings page's actions: backup export and import, the integrity check, and refreshing
 * every snapshot on demand (a background job: its progress comes from `jobs.list`). All need
 * "Manage market layer"; the export also needs browsing every project the layer names (export.ts).
 * Permission is checked before anything the caller sent is looked at.
 */
function createAdminResolvers(deps: Deps) {
  return {
    'admin.export': define('admin.export', async (_input, caller) => exportWholeBackup(deps, caller)),

    'admin.exportPage': define('admin.exportPage', async ({ cursor }, caller) =>
      exportBackupPage(deps, caller, cursor),
    ),

    'admin.import': define('admin.import', async ({ backup }, caller) => {
      await requireManager(deps, caller);
      return importInOneCall(deps, backup, caller.accountId);
    }),

    'admin.importBegin': define('admin.importBegin', async (input, caller) => {
      await requireManager(deps, caller);
      return beginImport(deps, input, caller.accountId);
    }),

    'admin.importChunk': define('admin.importChunk', async (input, caller) => {
      await requireManager(deps, caller);
      return receiveChunk(deps, input);
    }),

    'admin.importCommit': define('admin.importCommit', async ({ importId }, caller) => {
      await requireManager(deps, caller);
      return commitImport(deps, importId, caller.accountId);
    }),

    'admin.importStatus': define('admin.importStatus', async (_input, caller) => {
      await requireManager(deps, caller);
      return importStatus(deps);
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

export const adminResolvers = createAdminResolvers(createDeps());
