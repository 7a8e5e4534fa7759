import { createDeps, type Deps } from '../../deps';
import { define } from '../define';
import { defineManaged } from '../mutations/authorize';
import { liveJob, refuseDuringImport, statusOf } from '../jobs';
import { fullRefresh } from '../reconcile';
import { exportBackupPage, exportWholeBackup, requireCompleteAccess } from './export';
import { beginImport, commitImport, importInOneCall, importStatus, receiveChunk } from './import';
import { integrityFindings } from './integrity';

/**
 * The settings page's actions: backup export and import, the integrity check, and refreshing
 * every snapshot on demand (a background job: its progress comes from `jobs.list`). All need
 * "Manage market layer", checked before the payload is parsed; the export also needs browsing
 * every project the market layer names (export.ts).
 */
function createAdminResolvers(deps: Deps) {
  const complete = (caller: Parameters<typeof requireCompleteAccess>[1]) =>
    requireCompleteAccess(deps, caller);
  return {
    'admin.export': define('admin.export', async () => exportWholeBackup(deps), complete),

    'admin.exportPage': define(
      'admin.exportPage',
      async ({ cursor }, _caller, total) => exportBackupPage(deps, cursor, total),
      complete,
    ),

    'admin.import': defineManaged(deps, 'admin.import', async ({ backup }, caller) =>
      importInOneCall(deps, backup, caller.accountId),
    ),

    'admin.importBegin': defineManaged(deps, 'admin.importBegin', async (input, caller) =>
      beginImport(deps, input, caller.accountId),
    ),

    'admin.importChunk': defineManaged(deps, 'admin.importChunk', async (input) => receiveChunk(deps, input)),

    'admin.importCommit': defineManaged(deps, 'admin.importCommit', async ({ importId }, caller) =>
      commitImport(deps, importId, caller.accountId),
    ),

    'admin.importStatus': defineManaged(deps, 'admin.importStatus', async () => importStatus(deps)),

    'admin.integrity': defineManaged(deps, 'admin.integrity', async () => {
      return integrityFindings(deps);
    }),

    // The estimate field picker: only a manager can save the choice, so only a manager lists them.
    'jira.estimateFields': defineManaged(deps, 'jira.estimateFields', async () =>
      deps.jira.listNumberFields('user'),
    ),

    'admin.refreshSnapshots': defineManaged(deps, 'admin.refreshSnapshots', async (_input, caller) => {
      const running = await liveJob(deps, ['refresh']);
      if (running) return statusOf(running);
      await refuseDuringImport(deps, 'A full refresh of every linked epic');
      return fullRefresh(deps, caller.accountId);
    }),
  };
}

export const adminResolvers = createAdminResolvers(createDeps());
