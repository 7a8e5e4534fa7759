import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Input, Output } from '../../../../src/contract';
import { toResolverError, type ResolverError } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';
import type { DetailKey } from './detailCache';

export interface DetailsState<T> {
  /** Every answer, in the order of the inputs; kept while a reload after a write is in flight. */
  data: T[] | undefined;
  error: ResolverError | null;
  loading: boolean;
  retry: () => void;
}

interface Answer<T> {
  for: string;
  data?: T[];
  error: ResolverError | null;
}

/**
 * Drill-down reads through the page's cache: answers already loaded show at once, missing ones
 * are asked for, and after a reload (the cache is cleared and `generation` moves on) the open
 * drill-down asks again while still showing what it had.
 */
function useDetails<K extends DetailKey>(key: K, inputs: Input<K>[]): DetailsState<Output<K>> {
  const { details, generation } = usePortfolio();
  const request = JSON.stringify(inputs);
  const stableInputs = useMemo(() => JSON.parse(request) as Input<K>[], [request]);
  const cached = (): Output<K>[] | undefined => {
    const found = stableInputs.map((input) => details.peek(key, input));
    return found.every((value) => value !== undefined) ? (found as Output<K>[]) : undefined;
  };
  const [answer, setAnswer] = useState<Answer<Output<K>>>(() => ({
    for: request,
    data: cached(),
    error: null,
  }));
  const [attempt, setAttempt] = useState(0);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let live = true;
    setLoading(true);
    setAnswer((last) => (last.error ? { ...last, error: null } : last));
    Promise.all(stableInputs.map((input) => details.fetch(key, input)))
      .then((data) => live && setAnswer({ for: request, data, error: null }))
      .catch(
        (thrown: unknown) =>
          live && setAnswer((last) => ({ ...last, for: request, error: toResolverError(thrown) })),
      )
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [details, key, request, stableInputs, generation, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // An answer for other inputs (another market chosen) is never shown for these.
  const current = answer.for === request ? answer : { data: cached(), error: null };
  const waiting = !current.error && (loading || !current.data);
  return { data: current.data, error: current.error, loading: waiting, retry };
}

/** One drill-down read; `input` null means nothing is asked yet. */
export function useDetail<K extends DetailKey>(
  key: K,
  input: Input<K> | null,
): Omit<DetailsState<Output<K>>, 'data'> & { data: Output<K> | undefined } {
  const state = useDetails(key, input ? [input] : []);
  return { ...state, data: input ? state.data?.[0] : undefined, loading: input ? state.loading : false };
}
