import type { ParsedInput } from '../../contract';
import { define, type ExtensionContext, type ResolverHandler } from '../define';

/** Resolver keys whose payload carries a partial `changes` object. */
export type ChangesKey =
  'market.update' | 'priority.update' | 'solution.update' | 'product.update' | 'settings.update';

interface ResolverRequest {
  payload: unknown;
  context: { accountId?: string; extension?: ExtensionContext };
}

/**
 * `define` for an update, passing the handler only the changes the caller SENT. The contract's
 * `changes` schemas are `.partial()` copies of the create schemas, and zod still applies their
 * defaults, so `{changes: {name}}` would parse to `{name, description: '', segments: [], …}` and
 * silently wipe the other fields. Dropping keys absent from the raw payload keeps an update to
 * exactly what the person changed.
 */
export function defineUpdate<K extends ChangesKey>(key: K, handler: ResolverHandler<K>) {
  return (request: ResolverRequest) => {
    const sent = sentKeys(request.payload);
    return define(key, (input, caller) => {
      const parsed = input as ParsedInput<K> & { changes: Record<string, unknown> };
      const changes = Object.fromEntries(Object.entries(parsed.changes).filter(([field]) => sent.has(field)));
      // The same shape with fewer keys, all of which are optional.
      return handler({ ...parsed, changes }, caller);
    })(request);
  };
}

function sentKeys(payload: unknown): Set<string> {
  if (typeof payload !== 'object' || payload === null) return new Set();
  const changes = (payload as { changes?: unknown }).changes;
  return new Set(typeof changes === 'object' && changes !== null ? Object.keys(changes) : []);
}
