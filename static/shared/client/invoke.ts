import { invoke as bridgeInvoke } from '@forge/bridge';
import type { Input, Output, ResolverKey, Result } from '../../../src/contract';
import { ResolverError, toResolverError } from './ResolverError';

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Calls a resolver through the typed contract: a misspelt key or a wrong payload fails `tsc`.
 * Resolvers return a Result envelope because the bridge drops thrown errors' details
 * (https://developer.atlassian.com/platform/forge/runtime-reference/custom-ui-bridge/invoke/);
 * this unwraps it and throws a ResolverError on failure.
 */
export async function invoke<K extends ResolverKey>(key: K, input: Input<K>): Promise<Output<K>> {
  let result: unknown;
  try {
    result = await bridgeInvoke(key, input as Record<string, unknown>);
  } catch (thrown) {
    throw toResolverError(thrown);
  }
  if (!isResult(result)) {
    throw new ResolverError({
      code: 'UNAVAILABLE',
      message: 'The backend sent an answer Market Layer does not understand.',
    });
  }
  if (!result.ok) throw new ResolverError(result.error);
  return result.data as Output<K>;
}
