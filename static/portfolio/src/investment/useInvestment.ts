import { useEffect, useRef } from 'react';
import { useResolver } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';
import { useRouteParam } from '../route/RouteContext';

/**
 * `portfolio.investment` for the portfolio or the product the URL names (`?product=…`), asked
 * again after every write the page reloads for.
 */
export function useInvestment() {
  const { generation } = usePortfolio();
  const [projectId] = useRouteParam('product');
  const state = useResolver('portfolio.investment', projectId ? { projectId } : {});
  const seen = useRef(generation);
  const { reload } = state;
  useEffect(() => {
    if (seen.current === generation) return;
    seen.current = generation;
    void reload();
  }, [generation, reload]);
  return state;
}
