import type { Deps } from '../../deps';
import { startLayerJob, type LayerArgs } from '../jobs/layer';
import type { Caller } from '../define';

type RecordsArgs = Extract<LayerArgs, { scope: 'records' }>;

/**
 * After a rename or delete is saved, the epics that show the old names in Jira are rewritten by a
 * background job (a solution can have thousands). The change stands even if the job cannot be
 * queued (the warning says so; the next change to that record rewrites the same epics).
 */
export async function refreshLayersAfter(
  deps: Deps,
  path: RecordsArgs['path'],
  id: string,
  caller: Caller,
): Promise<void> {
  try {
    await startLayerJob(deps, { scope: 'records', path, ids: [id] }, caller.accountId);
  } catch (error) {
    console.warn('[layer] could not queue the property rewrite', path, id, String(error));
  }
}
