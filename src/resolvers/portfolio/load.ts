import type { Settings } from '../../contract';
import type { JiraProject } from '../../jira';
import type { Deps } from '../../deps';
import { mergeShards, type ReadModel } from './read-model-view';

/** The read model and when balance's counts were taken: the landing's one storage read (plus settings). */
export interface LoadedModel {
  model: ReadModel;
  countedAt: string | null;
}

/**
 * Reads the read model. A portfolio kept before the read model existed has none yet: it is built
 * once, here, from every record, with Jira's open-epic counts (the one landing that costs what
 * the old ones did; the daily reconcile keeps it whole after that). After an import the counts
 * are taken on the first landing the same way.
 */
export async function loadModel(
  deps: Pick<Deps, 'store' | 'jira' | 'now'>,
  settings: Settings,
): Promise<LoadedModel> {
  let { shards, meta } = await deps.store.readModel.readLanding();
  if (!meta || meta.value.countedAt === null) {
    if (!meta) await deps.store.readModel.rebuild();
    await countEveryProduct(deps, settings);
    ({ shards, meta } = await deps.store.readModel.readLanding());
  }
  return {
    model: mergeShards(shards.values()),
    countedAt: meta?.value.countedAt ?? null,
  };
}

/**
 * Counts the open epics of every project the app can see (balance lists every product with open
 * epics, linked or not): one project listing and one approximate count per project, as the app.
 */
export async function countEveryProduct(
  deps: Pick<Deps, 'store' | 'jira' | 'now'>,
  settings: Pick<Settings, 'epicIssueTypes'>,
): Promise<number> {
  return countProducts(deps, settings, await deps.jira.listProjects('app'), true);
}

/**
 * Counts the open epics of these projects (one approximate count each, as the app). `complete`:
 * they are every project, so any project not among them has none left.
 */
export async function countProducts(
  deps: Pick<Deps, 'store' | 'jira' | 'now'>,
  settings: Pick<Settings, 'epicIssueTypes'>,
  projects: readonly JiraProject[],
  complete = false,
): Promise<number> {
  const counts = await deps.jira.openEpicCounts(projects, settings.epicIssueTypes, 'app');
  await deps.store.readModel.storeOpenEpicCounts(
    counts.map((c) => ({ projectId: c.id, projectKey: c.key, projectName: c.name, openEpics: c.openEpics })),
    deps.now().toISOString(),
    complete,
  );
  return counts.length;
}
