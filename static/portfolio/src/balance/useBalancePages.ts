import { useCallback, useEffect, useState } from 'react';
import type { ProductBalance } from '../../../../src/contract';
import { LANDING_BALANCE_ROWS } from '../../../../src/contract/summary';
import { useMutation, type ResolverError } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';

export interface BalancePages {
  items: ProductBalance[];
  total: number;
  showMore: () => Promise<void>;
  pending: boolean;
  error: ResolverError | null;
}

/**
 * The summary's first products by balance, then more on request (`portfolio.balance`). A reload
 * (after a write) starts again from the fresh summary: the order may have changed.
 */
export function useBalancePages(): BalancePages {
  const { summary } = usePortfolio();
  const first = summary.balance;
  const [more, setMore] = useState<{ items: ProductBalance[]; total: number } | null>(null);
  const page = useMutation('portfolio.balance');

  useEffect(() => setMore(null), [first]);

  const items = more ? [...first.items, ...more.items] : first.items;
  const total = more?.total ?? first.total;
  const showMore = useCallback(async () => {
    const answer = await page.run({ offset: items.length, limit: LANDING_BALANCE_ROWS });
    if (!answer) return;
    setMore((known) => ({
      items: [...(known?.items ?? []), ...answer.balance.items],
      total: answer.balance.total,
    }));
  }, [items.length, page]);

  return { items, total, showMore, pending: page.pending, error: page.error };
}
