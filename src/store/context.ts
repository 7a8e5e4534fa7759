import { randomUUID } from 'node:crypto';
import { newId, type IdPrefix } from '../domain';

/** What the store needs from outside: a clock (injected for deterministic tests) and ids. */
export interface StoreDeps {
  now: () => Date;
  /** Defaults to the domain's `newId` with `crypto.randomUUID` as randomness. */
  newId?: (prefix: IdPrefix) => string;
}

export interface StoreContext {
  /** The time of the change being made, as every record and audit entry stores it. */
  stamp(): string;
  newId(prefix: IdPrefix): string;
}

export function storeContext(deps: StoreDeps): StoreContext {
  return {
    stamp: () => deps.now().toISOString(),
    newId: deps.newId ?? ((prefix) => newId(prefix, randomUUID)),
  };
}
