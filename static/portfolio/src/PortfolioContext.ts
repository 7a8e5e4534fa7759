import { createContext, useContext } from 'react';
import type { PortfolioView } from '../../../src/contract';
import type { DialogRequest } from './dialogs/DialogRequest';
import type { PortfolioIndex } from './portfolioIndex';

export interface PortfolioContextValue {
  view: PortfolioView;
  index: PortfolioIndex;
  /** Whether to offer create, edit and delete; the backend enforces it either way. */
  canManage: boolean;
  reload: () => Promise<void>;
  openDialog: (request: DialogRequest) => void;
  closeDialog: () => void;
}

export const PortfolioContext = createContext<PortfolioContextValue | null>(null);

export function usePortfolio(): PortfolioContextValue {
  const value = useContext(PortfolioContext);
  if (!value) throw new Error('usePortfolio must be used inside PortfolioApp');
  return value;
}
