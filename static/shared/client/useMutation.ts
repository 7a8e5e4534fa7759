import { useCallback, useState } from 'react';
import type { Input, Output, ResolverKey } from '../../../src/contract';
import { invoke } from './invoke';
import { ResolverError, toResolverError } from './ResolverError';

export interface MutationState<K extends ResolverKey> {
  /** Resolves to the output, or to `undefined` on failure (then `error` says why). */
  run: (input: Input<K>) => Promise<Output<K> | undefined>;
  pending: boolean;
  error: ResolverError | null;
  reset: () => void;
}

/** A write through the contract, keeping its pending state and last error for the form showing it. */
export function useMutation<K extends ResolverKey>(key: K): MutationState<K> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);

  const run = useCallback(
    async (input: Input<K>) => {
      setPending(true);
      setError(null);
      try {
        return await invoke(key, input);
      } catch (thrown) {
        setError(toResolverError(thrown));
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [key],
  );

  const reset = useCallback(() => setError(null), []);
  return { run, pending, error, reset };
}
