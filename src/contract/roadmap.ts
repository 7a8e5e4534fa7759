import type { Solution } from './entities';
import type { ProductSummary, Readiness } from './views';

/**
 * The Now / Next / Later roadmap (issue 12): the live solutions by horizon, as cards read from the
 * read model. Moving a card is `solution.update` with `changes.horizon` and the card's version.
 */
export interface RoadmapCard {
  solutionId: string;
  name: string;
  status: Solution['status'];
  horizon: Solution['horizon'];
  version: number;
  /** Dense rank by score (see ranking); cards are in ranking order within a column. */
  rank: number | null;
  /** Weakest product and average, from the cells; the weakest key only for who may browse it. */
  readiness: Readiness;
  /** Contributing products, by project key (named in `Roadmap.products`). */
  projectIds: string[];
  /** The latest due date of its epics (YYYY-MM-DD), hidden ones included; null when none has one. */
  latestDue: string | null;
  /** The markets of the priorities it addresses. */
  marketIds: string[];
  epics: number;
  openEpics: number;
}

interface RoadmapColumn {
  horizon: Solution['horizon'];
  /** Cards in this column after the filters; `cards` holds the first `limit` of them. */
  total: number;
  cards: RoadmapCard[];
}

export interface Roadmap {
  columns: RoadmapColumn[];
  /** Every product named by the cards, as the viewer may see it. */
  products: ProductSummary[];
}

/** Cards per column the roadmap answers unless asked for fewer. */
export const ROADMAP_CARDS = 100;
