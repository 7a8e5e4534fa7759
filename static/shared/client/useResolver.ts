import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input, Output, ResolverKey } from '../../../src/contract';
import { invoke } from './invoke';
import { ResolverError, toResolverError } from './ResolverError';

export interface ResolverState<T> {
  data: T | undefined;
  error: ResolverError | null;
  /** True while a request is in flight; `data` keeps the last answer during a reload. */
  loading: boolean;
  reload: () => Promise<void>;
}

/** Reads a resolver on mount and whenever `input` changes (compared by value), with reload. */
export function useResolver<K extends ResolverKey>(key: K, input: Input<K>): ResolverState<Output<K>> {
  const [data, setData] = useState<Output<K> | undefined>(undefined);
  const [error, setError] = useState<ResolverError | null>(null);
  const [loading, setLoading] = useState(true);
  const inputKey = JSON.stringify(input);
  const latest = useRef(0);

  const load = useCallback(async () => {
    const call = ++latest.current;
    setLoading(true);
    try {
      const answer = await invoke(key, JSON.parse(inputKey) as Input<K>);
      if (call !== latest.current) return;
      setData(answer);
      setError(null);
    } catch (thrown) {
      if (call === latest.current) setError(toResolverError(thrown));
    } finally {
      if (call === latest.current) setLoading(false);
    }
  }, [key, inputKey]);

  useEffect(() => {
    void load();
    // A late answer for an unmounted or changed request is ignored.
    return () => {
      latest.current++;
    };
  }, [load]);

  return { data, error, loading, reload: load };
}
