import type { Settings } from '../contract';
import { DEFAULT_SETTINGS, fail, settings as settingsSchema } from '../contract';
import { changedFields } from '../domain';
import { pendingAudit } from './audit';
import type { StoreContext } from './context';
import { settingsSpec, SETTINGS_KEY } from './layout';
import { getRecord } from './reads';
import { audit, staleMessage, validated, type Editable } from './records';
import { Writes } from './writes';

/**
 * Settings never saved read as DEFAULT_SETTINGS with `version: 0` and empty provenance
 * (`createdAt`, `updatedAt`, `updatedBy` are ''), so every view gets a whole Settings object.
 * To save, send the version you loaded: 0 or null both mean "I saw the defaults", and the first
 * save is refused with CONFLICT if someone else saved in between. `readAll` reports such
 * settings as `null`, as the backup format expects.
 */
export const NEVER_SAVED_VERSION = 0;

export function settingsRepository(ctx: StoreContext) {
  return {
    async get(): Promise<Settings> {
      return settingsOrDefaults(await getRecord(settingsSpec, SETTINGS_KEY));
    },

    async update(version: number | null, changes: Editable<Settings>, accountId: string): Promise<Settings> {
      const stored = await getRecord(settingsSpec, SETTINGS_KEY);
      const current = stored ?? defaults();
      const label = settingsSpec.label(current);
      if (current.version !== (version ?? NEVER_SAVED_VERSION)) fail('CONFLICT', staleMessage(label));
      const at = ctx.stamp();
      const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      const next = validated(settingsSchema, {
        ...current,
        ...defined,
        version: current.version + 1,
        createdAt: stored ? current.createdAt : at,
        updatedAt: at,
        updatedBy: accountId,
      });
      const diff = changedFields({ ...current, createdAt: next.createdAt }, next);
      if (stored && Object.keys(diff).length === 0) return current;
      const summary = `Updated ${label}: ${Object.keys(diff).join(', ') || 'saved the defaults'}`;
      await new Writes()
        .put(settingsSpec, next, stored ? { version: stored.version } : 'absent')
        .audit(pendingAudit(at, audit(settingsSpec, next, next.version, 'update', accountId, diff, summary)))
        .commit(staleMessage(label));
      return next;
    },
  };
}

/** The stored settings, or the defaults when never saved; a field added since they were saved reads as its default. */
export function settingsOrDefaults(stored: Settings | undefined): Settings {
  return stored ? { ...DEFAULT_SETTINGS, ...stored } : defaults();
}

function defaults(): Settings {
  return { ...DEFAULT_SETTINGS, version: NEVER_SAVED_VERSION, createdAt: '', updatedAt: '', updatedBy: '' };
}
