import type { Layer, Market } from './entities';

/**
 * Investment alignment (issue 12): where the open growth work goes, by market and by customer
 * layer, against the strategy's weights. The rules are in src/domain/investment.ts.
 */
export const INVESTMENT_MEASURES = ['open-epics', 'open-units', 'estimate'] as const;
export type InvestmentMeasure = (typeof INVESTMENT_MEASURES)[number];

export interface MarketInvestment {
  marketId: string;
  name: string;
  status: Market['status'];
  strategicWeight: number;
  /** 0..1 */
  strategicShare: number;
  /** The measure's amount serving this market (fractions where work is split). */
  amount: number;
  /** 0..1 of all the work; 0 when there is none. */
  investmentShare: number;
  /** investmentShare − strategicShare: above 0 the market gets more than the strategy says. */
  gap: number;
  exitWithOpenWork: boolean;
}

interface LayerInvestment {
  layer: Layer;
  amount: number;
  share: number;
}

export interface Investment {
  measure: InvestmentMeasure;
  /** The site's numeric field the `estimate` measure sums (settings), null when none is chosen. */
  estimateField: { id: string; name: string } | null;
  /** Open contributing epics, each once (whatever the measure). */
  openEpics: number;
  /** Of them, epics with no estimate in the chosen field (they count 0 under `estimate`). */
  unestimated: number;
  /** All the work counted, in the measure. */
  total: number;
  /** Of it, work split between several markets (before splitting). */
  split: number;
  /** Work whose solutions address no priority left: in no market and no layer. */
  unassigned: number;
  markets: MarketInvestment[];
  layers: LayerInvestment[];
}

/** A numeric field of the site the `estimate` measure may sum (the settings' field picker). */
export interface EstimateFieldChoice {
  id: string;
  name: string;
}
