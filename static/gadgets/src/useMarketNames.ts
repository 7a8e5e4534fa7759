import { useMemo } from 'react';
import { useResolver, type ResolverError } from '../../shared';

export interface MarketNames {
  /** Markets by name, for the edit mode's picker. */
  choices: { value: string; label: string }[];
  names: ReadonlyMap<string, string>;
  loading: boolean;
  error: ResolverError | null;
}

/**
 * Every market's name, from `portfolio.investment`: it lists each market, reads only the read
 * model (the landing's shards, no Jira request) and names no epic, so it suits any viewer.
 */
export function useMarketNames(): MarketNames {
  const { data, loading, error } = useResolver('portfolio.investment', {});
  return useMemo(() => {
    const markets = [...(data?.markets ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    return {
      choices: markets.map((m) => ({ value: m.marketId, label: m.name })),
      names: new Map(markets.map((m) => [m.marketId, m.name])),
      loading,
      error,
    };
  }, [data, loading, error]);
}
