import type { AdminView, Viewer } from '../../contract';
import { knownProducts, type StoredPortfolio } from './snapshot';

/** The Settings page: the settings and how much the market layer holds. */
export function buildAdminView(data: StoredPortfolio, viewer: Viewer): AdminView {
  return {
    viewer,
    settings: data.settings,
    counts: {
      markets: data.markets.length,
      priorities: data.priorities.length,
      solutions: data.solutions.length,
      // A number only: contributions the viewer cannot browse are counted, as in the matrix.
      contributions: data.contributions.length,
      // Projects that contribute count even before they have a record (links made before links
      // created records, or restored from a backup without products).
      products: knownProducts(data).length,
    },
  };
}
