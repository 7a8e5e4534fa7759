import type { Deps } from '../../deps';
import { layerClause } from '../../domain';
import { PROPERTY_BATCH } from '../../jira';
import { startLayerJob, type LayerArgs } from '../jobs/layer';
import type { Caller } from '../define';
import { syncEpicLayers } from './sync';

type RecordsArgs = Extract<LayerArgs, { scope: 'records' }>;

/**
 * After a rename or delete is saved, the epics whose property names the record are rewritten:
 * found by the property itself (one search as the app: the store has no index from a priority or
 * market to epics, and after a delete it no longer has the links), up to 100 at once in this call,
 * more by a background job (a solution can have thousands). Records being deleted already count as
 * gone. The change stands even if Jira cannot be reached: the job is queued instead, and if even
 * that fails a warning says so (the next change to that record rewrites the same epics).
 */
export async function refreshLayersAfter(
  deps: Deps,
  path: RecordsArgs['path'],
  id: string,
  caller: Caller,
): Promise<void> {
  const job = () => startLayerJob(deps, { scope: 'records', path, ids: [id] }, caller.accountId);
  try {
    const epicIds = await deps.jira.issueIdsMatching(layerClause(path, [id]));
    if (epicIds.length > PROPERTY_BATCH) await job();
    else await syncEpicLayers(deps, epicIds);
  } catch {
    await job().catch((error: unknown) =>
      console.warn('[layer] could not queue the property rewrite', path, id, String(error)),
    );
  }
}
