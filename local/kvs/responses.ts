/** Success answers in the shapes `@forge/kvs` reads. */
import type { EmulatorResponse } from '../types';

export function ok(body: unknown): EmulatorResponse {
  return { status: 200, headers: { 'content-type': 'application/json' }, body };
}

/** Writes without a requested return value answer 204 with no body (SDK: ResponseType.OPTIONAL). */
export function noContent(): EmulatorResponse {
  return { status: 204 };
}
