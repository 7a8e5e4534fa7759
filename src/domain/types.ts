import type { Contribution, Market, Priority, Settings, Solution } from '../contract';

/** The market layer's records, as the store loads them; every insight reads from this. */
export interface PortfolioData {
  markets: readonly Market[];
  priorities: readonly Priority[];
  solutions: readonly Solution[];
  contributions: readonly Contribution[];
}

export type LayerWeights = Settings['layerWeights'];

/** Whether the viewer may browse a contribution's epic (decided by the jira module, in bulk). */
export type IsVisible = (contribution: Contribution) => boolean;
