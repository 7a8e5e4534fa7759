import { createContext, useContext } from 'react';
import type { PortfolioSummary } from '../../../src/contract';
import type { DetailCache } from './data/detailCache';
import type { DialogRequest } from './dialogs/DialogRequest';
import type { PortfolioIndex } from './portfolioIndex';

export interface PortfolioContextValue {
  /** The landing answer (`portfolio.get`): counts, names and the first page of each long list. */
  summary: PortfolioSummary;
  index: PortfolioIndex;
  /** Whether to offer create, edit and delete; the backend enforces it either way. */
  canManage: boolean;
  /** After a write: reloads the summary, and every drill-down still on screen asks again. */
  reload: () => Promise<void>;
  /** Drill-down answers kept until the next reload. */
  details: DetailCache;
  /** Moves on at every reload; paged lists and drill-downs refetch when it does. */
  generation: number;
  openDialog: (request: DialogRequest) => void;
  /** After starting background work (a large delete): the running-work banner asks at once. */
  watchJobs: () => void;
}

export const PortfolioContext = createContext<PortfolioContextValue | null>(null);

export function usePortfolio(): PortfolioContextValue {
  const value = useContext(PortfolioContext);
  if (!value) throw new Error('usePortfolio must be used inside PortfolioApp');
  return value;
}
