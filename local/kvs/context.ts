/** What every request handler works with, and where a request's key lives (its "space"). */
import { badRequest } from './errors';
import type { ResolvedEntity } from './entity-schema';
import type { IndexStore } from './index-store';
import type { ItemStore } from './item-store';
import { validateEntityName } from './limits';
import type { Db } from './schema';

export interface KvsContext {
  db: Db;
  items: ItemStore;
  indexes: IndexStore;
  entities: Map<string, ResolvedEntity>;
  now: () => number;
}

/** KVS keys, secrets, or one custom entity's keys. */
export interface Space {
  namespace: string;
  keyFlavour: 'kvs' | 'entity';
  entity?: ResolvedEntity;
}

export const KV_SPACE: Space = { namespace: 'kv', keyFlavour: 'kvs' };
export const SECRET_SPACE: Space = { namespace: 'secret', keyFlavour: 'kvs' };

export function entityNamespace(name: string): string {
  return `entity:${name}`;
}

/** An entity must be declared in manifest.yml before values can be stored in it. */
export function entitySpace(ctx: KvsContext, entityName: unknown): Space {
  const name = validateEntityName(entityName);
  const entity = ctx.entities.get(name);
  if (!entity) {
    throw badRequest(
      'INVALID_ENTITY_TYPE',
      `Entity '${name}' is not declared in manifest.yml (app.storage.entities).`,
    );
  }
  return { namespace: entityNamespace(name), keyFlavour: 'entity', entity };
}

/** Batch and transaction items name an entity or, without `entityName`, a KVS key. */
export function spaceOf(ctx: KvsContext, entityName: unknown): Space {
  return entityName === undefined || entityName === null ? KV_SPACE : entitySpace(ctx, entityName);
}
