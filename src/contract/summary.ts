import type { Layer, Market, Priority, Settings, Solution } from './entities';
import type {
  Gap,
  NarrativeMarket,
  ProductBalance,
  ProductSummary,
  Readiness,
  Viewer,
  VisibleContribution,
} from './views';

/**
 * The portfolio, summary first (issue 8): the landing call answers counts, readiness and names
 * from stored rollups; epic keys and titles come from drill-downs for what a user opens. Every
 * count is the same for every viewer (hidden contributions are counted, never named).
 */

/** One slice of a long list, and how long the list is. */
export interface Page<T> {
  items: T[];
  offset: number;
  total: number;
}

/** A solution as the landing lists it: no value statement (that comes with its market's detail). */
export type SolutionBrief = Pick<
  Solution,
  'id' | 'name' | 'status' | 'horizon' | 'priorityIds' | 'version'
> & {
  /** Dense rank by score; null for dropped solutions, which are not ranked. */
  rank: number | null;
  score: number;
  /** The markets of the priorities it addresses, sorted: lists filter by market without a call (issue 10). */
  marketIds: string[];
  /** The weakest product's readiness (0..1; null with no epics): the overview's priorities show it. */
  readiness: number | null;
};

/** A business priority as the overview names it, under its market and customer layer (issue 10). */
export type PriorityHeadline = Pick<Priority, 'id' | 'title' | 'layer' | 'importance'>;

/** One customer layer of one market: its active priorities, and how many a live solution addresses. */
export interface LayerCoverage {
  priorities: number;
  addressed: number;
}

export type LayersCoverage = Record<Layer, LayerCoverage>;

/** A market with how much of the strategy hangs under it. */
export type MarketSummary = Market & {
  priorityCount: number;
  solutionCount: number;
  /** Active priorities by customer layer and how many are addressed: three pairs of counts (issue 10). */
  layers: LayersCoverage;
  /**
   * Its most important active priorities, at most OVERVIEW_PRIORITIES of each customer layer (the
   * layer's count in `layers` says how many more): the landing stays bounded by the markets.
   */
  topPriorities: PriorityHeadline[];
};

/** One product's part in one solution, as counts: visible or not, every viewer sees the same numbers. */
export interface CellSummary {
  projectId: string;
  /** Epics of this product linked to the solution. */
  epics: number;
  /** Of those, epics whose status category is not done. */
  openEpics: number;
  /** 0..1, pooled child-issue progress (see domain/readiness.ts). */
  readiness: number;
}

export interface MatrixRowSummary {
  solutionId: string;
  /** Distinct products contributing. */
  integrationIndex: number;
  singleProduct: boolean;
  /** Linked epics in all products. */
  epics: number;
  /** Sorted by project key; products the viewer cannot browse are listed by id only (see `products`). */
  cells: CellSummary[];
  readiness: Readiness;
}

export interface PortfolioCounts {
  markets: number;
  priorities: number;
  solutions: number;
  contributions: number;
  /** Projects with open epics or links: the products balance speaks of. */
  products: number;
}

/** The landing answer of the Market layer page. Bounded whatever the portfolio's size. */
export interface PortfolioSummary {
  viewer: Viewer;
  settings: Settings;
  counts: PortfolioCounts;
  markets: MarketSummary[];
  /** Every solution, ranked first (by rank), then the dropped ones by name. */
  solutions: SolutionBrief[];
  /** The first rows of the matrix in ranking order; more with `portfolio.matrix`. */
  matrix: Page<MatrixRowSummary>;
  /** Coverage gaps, at most GAPS_SHOWN of each kind; `gapCounts` has the full numbers. */
  gaps: Gap[];
  gapCounts: Record<Gap['kind'], number>;
  /** Products by balance, least growth share first; more with `portfolio.balance`. */
  balance: Page<ProductBalance>;
  /** Every product named in `matrix` and `balance` on this answer. */
  products: ProductSummary[];
  /** When Jira's open-epic counts were last taken for balance (ISO time), null before the first count. */
  countedAt: string | null;
}

export interface MatrixPage {
  rows: Page<MatrixRowSummary>;
  products: ProductSummary[];
}

export interface BalancePage {
  balance: Page<ProductBalance>;
}

/** Drill-down: the epics of one product in one solution that the viewer may browse. */
export interface MatrixCellDetail {
  solutionId: string;
  projectId: string;
  contributions: VisibleContribution[];
  hiddenCount: number;
}

/** Drill-down: one market with everything under it in full, and its value narrative. */
export interface MarketDetail {
  market: Market;
  priorities: Priority[];
  /** Solutions addressing at least one of the market's priorities. */
  solutions: Solution[];
  narrative: NarrativeMarket;
}

/** Drill-down: one solution in full, with the epics the viewer may browse. */
export interface SolutionDetail {
  solution: Solution;
  priorities: Priority[];
  contributions: VisibleContribution[];
  hiddenCount: number;
  readiness: Readiness;
  products: ProductSummary[];
}

/** How many gaps of each kind the landing lists; the rest are counted. */
export const GAPS_SHOWN = 100;
/** Priorities of each market and customer layer the landing names (the overview's "N more" has the rest). */
export const OVERVIEW_PRIORITIES = 3;
/** Matrix rows and balance rows on the landing, and the most one page call returns. */
export const LANDING_MATRIX_ROWS = 50;
export const LANDING_BALANCE_ROWS = 100;
export const MAX_PAGE = 200;

/** A business priority as a picker offers it: enough to choose by and to group under its market. */
export interface PriorityChoice {
  id: string;
  marketId: string;
  title: string;
}
