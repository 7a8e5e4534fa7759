import { useCallback, useEffect, useState } from 'react';
import type { ProductBalance } from '../../../../src/contract';
import { LANDING_BALANCE_ROWS } from '../../../../src/contract/summary';
import { useMutation, type ResolverError } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';

/** The filter and order the URL asks for (route/route.ts, tab "balance"). */
export interface BalanceFilter {
  verdict?: ProductBalance['verdict'];
  sort?: 'growth' | 'name';
}

export interface BalancePages {
  /** null while a filtered list's first page is on its way. */
  items: ProductBalance[] | null;
  total: number;
  showMore: () => Promise<void>;
  pending: boolean;
  error: ResolverError | null;
}

interface Loaded {
  items: ProductBalance[];
  total: number;
}

/**
 * The summary's first products by balance, then more on request (`portfolio.balance`). A reload
 * (after a write) starts again from the fresh summary: the order may have changed. Filtered or in
 * another order, every page comes from `portfolio.balance`, which filters before paging, so
 * "N of M" counts the products the filter lets through.
 */
export function useBalancePages({ verdict, sort }: BalanceFilter): BalancePages {
  const { summary, generation } = usePortfolio();
  const filtered = !!(verdict || sort);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const page = useMutation('portfolio.balance');
  const { run } = page;

  useEffect(() => {
    setLoaded(null);
    if (!filtered) return;
    let live = true;
    void run({ offset: 0, limit: LANDING_BALANCE_ROWS, verdict, sort }).then((answer) => {
      if (live && answer) setLoaded({ items: answer.balance.items, total: answer.balance.total });
    });
    return () => {
      live = false;
    };
  }, [filtered, verdict, sort, summary, generation, run]);

  const first: Loaded | null = filtered ? null : summary.balance;
  const items = filtered ? (loaded?.items ?? null) : [...first!.items, ...(loaded?.items ?? [])];
  const total = loaded?.total ?? first?.total ?? 0;
  const shown = items?.length ?? 0;
  const showMore = useCallback(async () => {
    const answer = await run({ offset: shown, limit: LANDING_BALANCE_ROWS, verdict, sort });
    if (!answer) return;
    setLoaded((known) => ({
      items: [...(known?.items ?? []), ...answer.balance.items],
      total: answer.balance.total,
    }));
  }, [shown, run, verdict, sort]);

  return { items, total, showMore, pending: page.pending, error: page.error };
}
