import { z } from 'zod';
import type { Deps } from '../../deps';
import { PROPERTY_BATCH } from '../../jira';
import { syncEpicLayers } from '../layer/sync';
import { startLayerJob } from './layer';

/** The body of a `LayerEvent` (src/store/job-queue.ts), checked as every event is. */
export const layerEvent = z.strictObject({
  layer: z.strictObject({
    epicId: z.string().min(1).max(64),
    solutionId: z.string().min(1).max(64),
    projectId: z.string().min(1).max(64),
    productMoved: z.boolean(),
  }),
});

/**
 * The consumer's half of a link or unlink (issue 9: the link answers in 4 storage and 2 Jira
 * requests, so the property write waits for this delivery). Everything is read when the event runs,
 * so a late or repeated delivery writes what is stored now, never what was true at the link.
 * When the link made (or the unlink ended) the project's part in the solution, the solution's
 * integration index moved and every epic of the solution is rewritten: up to 100 in the same bulk
 * request, more by a `layer` job. A failure throws: Forge delivers the event again.
 */
export async function runLayerEvent(deps: Deps, event: z.infer<typeof layerEvent>['layer']): Promise<void> {
  const { epicId, solutionId, projectId } = event;
  const solutionEpics = await deps.store.contributions.listBySolution(solutionId);
  // Also true now when an unlink took the project's last epic (the call did not read the links).
  const productMoved =
    event.productMoved || !solutionEpics.some((c) => c.projectId === projectId && c.epicId !== epicId);
  const siblings = productMoved ? solutionEpics.map((c) => c.epicId).filter((id) => id !== epicId) : [];
  if (siblings.length < PROPERTY_BATCH) {
    await syncEpicLayers(deps, [epicId, ...siblings], new Map([[solutionId, solutionEpics]]));
    return;
  }
  await syncEpicLayers(deps, [epicId], new Map([[solutionId, solutionEpics]]));
  await startLayerJob(deps, { scope: 'records', path: 'solutionIds', ids: [solutionId] }, null);
}
