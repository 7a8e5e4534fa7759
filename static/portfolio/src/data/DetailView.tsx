import type { ReactNode } from 'react';
import { ErrorState, LoadingState } from '../../../shared';
import type { DetailsState } from './useDetails';

/**
 * A drill-down's three states: a spinner until the first answer, the answer, and an error with
 * "Try again" (above the last answer when a refetch after a write failed, so it is not mistaken for fresh).
 */
export function DetailView<T>({
  state,
  loadingLabel,
  children,
}: {
  state: Omit<DetailsState<T>, 'data'> & { data: T | undefined };
  loadingLabel: string;
  children: (data: T) => ReactNode;
}) {
  const { data, error, loading, retry } = state;
  return (
    <>
      {error && <ErrorState error={error} onRetry={retry} />}
      {data !== undefined ? children(data) : loading && <LoadingState label={loadingLabel} />}
    </>
  );
}
