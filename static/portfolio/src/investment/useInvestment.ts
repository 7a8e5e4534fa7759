import { useEffect, useRef } from 'react';
import { useResolver } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';

/** `portfolio.investment`, asked again after every write the page reloads for. */
export function useInvestment() {
  const { generation } = usePortfolio();
  const state = useResolver('portfolio.investment', {});
  const seen = useRef(generation);
  const { reload } = state;
  useEffect(() => {
    if (seen.current === generation) return;
    seen.current = generation;
    void reload();
  }, [generation, reload]);
  return state;
}
