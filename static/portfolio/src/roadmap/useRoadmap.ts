import { useCallback, useEffect, useRef, useState } from 'react';
import type { RoadmapCard, Solution } from '../../../../src/contract';
import { useMutation, useResolver, useFlag } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';
import { useRouteParam } from '../route/RouteContext';
import { HORIZON_LABELS } from './horizons';

/**
 * `portfolio.roadmap` with its filters (from the URL: `?market=…&product=…`), asked again after every write the page reloads for, and
 * moving a card: `solution.update` with the card's version, so a card someone else changed
 * meanwhile is refused (CONFLICT) and the roadmap shows their version instead.
 */
export function useRoadmap() {
  const { generation, reload: reloadPortfolio } = usePortfolio();
  const [marketId] = useRouteParam('market');
  const [projectId] = useRouteParam('product');
  const state = useResolver('portfolio.roadmap', {
    ...(marketId ? { marketId } : {}),
    ...(projectId ? { projectId } : {}),
  });
  const seen = useRef(generation);
  const { reload } = state;
  useEffect(() => {
    if (seen.current === generation) return;
    seen.current = generation;
    void reload();
  }, [generation, reload]);

  const update = useMutation('solution.update');
  const flag = useFlag();
  const [moving, setMoving] = useState<string | null>(null);
  const move = useCallback(
    async (card: RoadmapCard, horizon: Solution['horizon']) => {
      setMoving(card.solutionId);
      try {
        const saved = await update.run({ id: card.solutionId, version: card.version, changes: { horizon } });
        if (saved) flag(`${card.name} moved to ${HORIZON_LABELS[horizon]}`);
        // Moved or refused, the page shows what is stored now (the summary holds horizons too).
        await reloadPortfolio();
      } finally {
        setMoving(null);
      }
    },
    [reloadPortfolio, flag, update],
  );

  return { ...state, move, moving, moveError: update.error, clearMoveError: update.reset };
}
