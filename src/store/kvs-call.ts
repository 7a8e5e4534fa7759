import { ForgeKvsAPIError, ForgeKvsError } from '@forge/kvs';
import { fail } from '../contract';

/**
 * Runs one @forge/kvs request and turns platform failures into AppFailures:
 * - a failed transaction condition (HTTP 409) is CONFLICT with `conflictMessage`;
 * - rate limits (429), server errors (5xx) and network failures are UNAVAILABLE, because the
 *   caller can only retry later (https://developer.atlassian.com/platform/forge/storage-reference/handling-errors-kvs);
 * - anything else (a 400, an SDK validation error) is our bug and is rethrown untouched.
 */
export async function kvsCall<T>(request: () => Promise<T>, conflictMessage?: string): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof ForgeKvsAPIError) {
      const status = error.responseDetails.status;
      if (status === 409 && conflictMessage) return fail('CONFLICT', conflictMessage);
      if (status === 429 || status >= 500) return unavailable();
      throw error;
    }
    if (error instanceof ForgeKvsError) throw error;
    return unavailable();
  }
}

function unavailable(): never {
  return fail(
    'UNAVAILABLE',
    'Forge storage did not answer. Nothing was changed; please try again in a moment.',
  );
}
