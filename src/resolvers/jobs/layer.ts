import { layerClause, type LayerPropertyPath } from '../../domain';
import { PROPERTY_BATCH } from '../../jira';
import type { Deps } from '../../deps';
import { syncEpicLayers } from '../layer/sync';
import { startJob } from './start';
import type { JobHandler } from './types';

/**
 * Which epics to rewrite: those whose property names one of these records (a rename or delete of
 * a solution, priority or market), or every linked epic (`all`: after an install or a restore).
 */
export type LayerArgs =
  | {
      scope: 'records';
      path: Extract<LayerPropertyPath, 'solutionIds' | 'priorityIds' | 'marketIds'>;
      ids: string[];
    }
  | { scope: 'epics'; epicIds: string[] }
  | { scope: 'all' };

/** The epics found in the first step, and how many of them are written. */
export interface LayerCursor {
  epicIds: string[] | null;
  written: number;
}

async function epicsToRewrite(deps: Deps, args: LayerArgs): Promise<string[]> {
  if (args.scope === 'all') return [...(await deps.store.readModel.readLinkedEpicIds())].sort();
  if (args.scope === 'epics') return args.epicIds;
  // Jira finds them by the property itself, as the app (every project): the store has no index
  // from a priority or market to epics, and after a delete it no longer has the links at all.
  return deps.jira.issueIdsMatching(layerClause(args.path, args.ids));
}

/**
 * Keeps the `market-layer` issue property true after a change that touches many epics. Step 0
 * lists the epics; each later step rewrites the next 100 from what the store holds then (records
 * being deleted count as gone), so a repeated step writes the same value again.
 */
export const layerJob: JobHandler<LayerCursor> = {
  stopped: (job) =>
    `${job.cursor.written} epics were updated in Jira; the rest still show the old market layer until the next change to them.`,
  async step(deps, job) {
    const args = job.args as LayerArgs;
    const { epicIds, written } = job.cursor;
    if (epicIds === null) {
      const found = await epicsToRewrite(deps, args);
      return {
        done: 0,
        total: found.length,
        cursor: { epicIds: found, written: 0 },
        stage: 'writing the market layer to the epics in Jira',
        ...(found.length === 0 && {
          finished: { state: 'done' as const, message: 'No linked epic to update.' },
        }),
      };
    }
    const slice = epicIds.slice(written, written + PROPERTY_BATCH);
    await syncEpicLayers(deps, slice);
    const next = written + slice.length;
    const finished =
      next >= epicIds.length
        ? { state: 'done' as const, message: `${next} epics updated in Jira` }
        : undefined;
    return {
      done: next,
      total: epicIds.length,
      cursor: { epicIds, written: next },
      ...(finished && { finished }),
    };
  },
};

/** Queues the rewrite of the epics a change touched; the change itself is already saved. */
export function startLayerJob(deps: Deps, args: LayerArgs, accountId: string | null) {
  return startJob<LayerCursor>(deps, {
    kind: 'layer',
    label: 'Updating the market layer on linked epics in Jira',
    unit: 'epics',
    total: null,
    startedBy: accountId,
    cursor: { epicIds: null, written: 0 },
    args,
  });
}
