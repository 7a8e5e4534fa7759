import type { Settings } from '../../contract';
import type { Deps } from '../../deps';
import { liveJob } from '../jobs';
import { recountEveryProduct } from '../reconcile';
import { mergeShards, type ReadModel } from './read-model-view';

/** The read model and when balance's counts were taken: the landing's one storage read (plus settings). */
export interface LoadedModel {
  model: ReadModel;
  countedAt: string | null;
}

/**
 * Reads the read model. A portfolio kept before the read model existed has none yet: it is built
 * once, here, from every record. Open-epic counts that were never taken (a new installation, a
 * portfolio just imported) are taken by a background job (kind `count`, a page of projects a step)
 * started here if none runs: this answer has balance as linked so far, and `countedAt` null tells
 * the page the counts are on their way.
 */
export async function loadModel(
  deps: Pick<Deps, 'store' | 'jira' | 'now'>,
  settings: Settings,
): Promise<LoadedModel> {
  let { shards, meta } = await deps.store.readModel.readLanding();
  if (!meta) {
    await deps.store.readModel.rebuild();
    ({ shards, meta } = await deps.store.readModel.readLanding());
  }
  const countedAt = meta?.value.countedAt ?? null;
  if (
    countedAt === null &&
    settings.epicIssueTypes.length > 0 &&
    // An import recounts when it finishes; a count meanwhile would count what it replaces.
    !(await liveJob(deps, ['count', 'refresh', 'import']))
  )
    await recountEveryProduct(deps, null);
  return { model: mergeShards(shards.values()), countedAt };
}
