import type {
  AuditEntry,
  Contribution,
  Layer,
  Market,
  Priority,
  Product,
  Settings,
  Solution,
} from './entities';

/** Who is looking, and what they may do; the UI hides what they cannot do, the backend enforces it. */
export interface Viewer {
  accountId: string;
  canManage: boolean;
}

/** A contribution the viewer may browse: full detail. */
export type VisibleContribution = Contribution;

/** Contributions of one solution in one product the viewer can see; hidden ones only counted. */
export interface MatrixCell {
  projectId: string;
  contributions: VisibleContribution[];
  /** 0..1, child-issue progress of this product's epics for the solution (done children / all). */
  readiness: number;
}

export interface Readiness {
  /** The least-ready product's readiness: a solution ships only when its last product does. */
  weakest: number | null;
  weakestProjectKey: string | null;
  average: number | null;
}

export interface MatrixRow {
  solutionId: string;
  /** Distinct products contributing, visible or not. */
  integrationIndex: number;
  singleProduct: boolean;
  cells: MatrixCell[];
  readiness: Readiness;
  /** Contributions in projects or epics the viewer cannot browse: counted, never named. */
  hiddenCount: number;
}

export type GapKind =
  | 'priority-unaddressed'
  | 'solution-without-epics'
  | 'market-without-executive-priority'
  | 'priority-only-proposed';

/**
 * A record a gap's message names, in the order the message names them, each written there in
 * double quotes: the page makes each name a link to the record (issue 10).
 */
export interface GapName {
  type: 'market' | 'priority' | 'solution';
  id: string;
  name: string;
  /** The market the record is shown under in the strategy tree (a solution's first); null if none. */
  marketId: string | null;
}

export interface Gap {
  kind: GapKind;
  entityType: 'market' | 'priority' | 'solution';
  entityId: string;
  message: string;
  names: GapName[];
}

export interface ProductBalance {
  projectId: string;
  projectKey: string;
  name: string;
  openEpics: number;
  /** Open epics that contribute to at least one live solution. */
  growth: number;
  incremental: number;
  /** growth / openEpics, or null with no open epics. */
  share: number | null;
  target: number;
  verdict: 'below' | 'on-target' | 'above' | 'no-open-epics';
}

export interface PriorityScore {
  priorityId: string;
  score: number;
}

export interface RankedSolution {
  solutionId: string;
  rank: number;
  score: number;
}

export interface NarrativeSolution {
  solutionId: string;
  name: string;
  valueStatement: string;
  status: Solution['status'];
  /**
   * The products delivering it, by name in customer language (a product's display name, else its
   * Jira project name), sorted; only products the viewer may browse (issue 10: no project keys).
   */
  products: string[];
  /** Linked epics in products the viewer may not browse: counted, never named. */
  hiddenEpics: number;
  /** The least-ready product by name, when the viewer may browse it (readiness names only its key). */
  weakestProduct: string | null;
  readiness: Readiness;
}
export interface NarrativePriority {
  priorityId: string;
  title: string;
  outcome: string;
  layer: Layer;
  solutions: NarrativeSolution[];
}
export interface NarrativeMarket {
  marketId: string;
  name: string;
  priorities: NarrativePriority[];
}

export interface ProductSummary extends Pick<
  Product,
  'projectId' | 'projectKey' | 'projectName' | 'displayName' | 'productLine'
> {
  version: number | null;
  /** False when the viewer cannot browse the project: its name is then withheld. */
  browsable: boolean;
}

/** An epic of the project that serves no solution, offered for linking. */
export interface EpicSummary {
  id: string;
  key: string;
  summary: string;
  statusCategory: Contribution['snapshot']['statusCategory'];
  statusName: string;
}

/** One epic an epic picker offers: where it is, and whether it already serves a solution. */
export interface EpicChoice extends EpicSummary {
  projectId: string;
  projectKey: string;
  /** Linked to at least one solution already (it may serve several; the picker shows a badge). */
  linked: boolean;
}

/** A page of an epic picker's search: "N of M" with `total`, the next page by `next`. */
export interface EpicSearchPage {
  epics: EpicChoice[];
  /** How many epics match, as Jira counts them (null on pages after the first: keep the first's). */
  total: number | null;
  /** Pass as `after` for the next page; null on the last. */
  next: string | null;
  /** The project a key prefix ("BILL", "BILL-1") named, when the text was one the viewer may browse. */
  project: { id: string; key: string; name: string } | null;
}

/** A solution as a link form offers it: what to choose by, in customer and product names. */
export interface SolutionChoice {
  id: string;
  name: string;
  status: Solution['status'];
  /** Names of the markets of the priorities it addresses. */
  markets: string[];
  /** Titles of the business priorities it addresses. */
  priorities: string[];
  /** Names of the other products delivering it (display name, else the project's name). */
  partners: string[];
  /** Other products delivering it that the viewer may not browse: counted, never named. */
  hiddenPartners: number;
}

/** How a balance target would sort the products (settings' preview): counts only, the same for everyone. */
export interface BalancePreview {
  target: number;
  /** Products with open epics (every Jira project with open epics, linked or not). */
  products: number;
  below: number;
  onTarget: number;
  above: number;
}

/** Projects an epic picker's project filter offers (the viewer may browse each). */
export interface ProjectChoices {
  projects: { id: string; key: string; name: string }[];
  /** More projects match: type more of the key or name. */
  more: boolean;
}

export interface PartnerProduct {
  projectId: string;
  projectKey: string | null;
  name: string | null;
  readiness: number;
  contributionCount: number;
}

export interface ProjectSolution {
  solution: Solution;
  priorities: Priority[];
  markets: Market[];
  ownContributions: VisibleContribution[];
  partners: PartnerProduct[];
  readiness: Readiness;
  hiddenCount: number;
}

export interface ProjectView {
  viewer: Viewer & { canLinkInProject: boolean };
  project: { id: string; key: string; name: string };
  solutions: ProjectSolution[];
  unlinkedEpics: EpicSummary[];
  balance: ProductBalance | null;
  /** Solutions offered in the "link an epic" picker. */
  linkableSolutions: Pick<Solution, 'id' | 'name' | 'status'>[];
}

export interface EpicSolution {
  solution: Solution;
  contribution: VisibleContribution;
  priorities: Priority[];
  markets: Market[];
  siblings: VisibleContribution[];
  readiness: Readiness;
  hiddenSiblingCount: number;
}

export interface EpicPanelView {
  viewer: Viewer & { canLink: boolean };
  epic: EpicSummary & { projectKey: string; isEpic: boolean };
  solutions: EpicSolution[];
  linkableSolutions: Pick<Solution, 'id' | 'name' | 'status'>[];
}

export interface IntegrityFinding {
  severity: 'error' | 'warning';
  kind: string;
  entityType: AuditEntry['entityType'];
  entityId: string;
  message: string;
}

export interface AdminView {
  viewer: Viewer;
  settings: Settings;
  counts: Record<'markets' | 'priorities' | 'solutions' | 'contributions' | 'products', number>;
}
