import type { Contribution, Settings, Solution } from '../../contract';
import { mergeDirectories, type Directory } from '../../domain';
import { settingsSpec, SETTINGS_KEY, solutionSpec, fromStored, type Stored } from '../layout';
import { batchRead, itemId } from '../reads';
import { settingsOrDefaults } from '../settings';
import { directoryFrom, directoryItems, epicsFrom, epicsItems } from './shards';

export interface Neighbourhood {
  settings: Settings;
  directory: Directory;
  /** False until the read model is built in this layout (the caller rebuilds it). */
  built: boolean;
  solutions: Solution[];
  /** Every contribution of those solutions (hidden ones too). */
  contributions: Contribution[];
}

/**
 * What a panel needs around some solutions, in ONE batch (while it fits 25 keys): the settings,
 * the directory (every solution's name for the picker, every priority's market) and the
 * solutions with their contributions. More parts of a large solution's contributions cost one
 * more batch.
 */
export async function readNeighbourhood(solutionIds: readonly string[]): Promise<Neighbourhood> {
  const found = await batchRead([
    { entity: settingsSpec.entity, key: SETTINGS_KEY },
    ...directoryItems(),
    ...solutionIds.map((key) => ({ entity: solutionSpec.entity, key })),
    ...epicsItems(solutionIds),
  ]);
  const record = <T extends { version: number }>(entity: string, key: string) => {
    const value = found.get(itemId(entity, key)) as Stored<T> | undefined;
    return value && fromStored(value);
  };
  const { parts, built } = directoryFrom(found);
  return {
    settings: settingsOrDefaults(record<Settings>(settingsSpec.entity, SETTINGS_KEY)),
    directory: mergeDirectories(parts),
    built,
    solutions: solutionIds.flatMap((id) => record<Solution>(solutionSpec.entity, id) ?? []),
    contributions: await epicsFrom(found, solutionIds),
  };
}
