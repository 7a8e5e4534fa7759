/**
 * Where the portfolio page is, as a path the page URL carries (issue 10): `/<tab>?<filters>`.
 * Pure, so parsing a link someone pasted is tested without a browser. Unknown tabs and filters are
 * dropped rather than refused: an old or mistyped link still opens the page.
 */
export const TABS = [
  'overview',
  'strategy',
  'matrix',
  'gaps',
  'balance',
  'investment',
  'ranking',
  'roadmap',
  'narrative',
] as const;
export type TabKey = (typeof TABS)[number];

/** The filters and selection each tab keeps in the URL; a tab's own, so switching tabs drops them. */
const TAB_PARAMS = {
  overview: [],
  strategy: ['status', 'market', 'priority', 'solution'],
  matrix: ['product', 'compact'],
  gaps: ['kind'],
  balance: ['verdict', 'sort'],
  investment: ['product', 'status'],
  ranking: ['market', 'horizon', 'status', 'sort'],
  roadmap: ['market', 'product'],
  narrative: ['market', 'layer', 'horizon'],
} as const satisfies Record<TabKey, readonly string[]>;

export interface PortfolioRoute {
  tab: TabKey;
  params: Readonly<Record<string, string>>;
}

export const LANDING: PortfolioRoute = { tab: 'overview', params: {} };

const isTab = (name: string): name is TabKey => (TABS as readonly string[]).includes(name);

export function parseRoute(location: { pathname: string; search: string }): PortfolioRoute {
  const name = location.pathname.replace(/^\/+|\/+$/g, '').split('/')[0] ?? '';
  const tab = isTab(name) ? name : 'overview';
  const query = new URLSearchParams(location.search);
  const allowed: readonly string[] = TAB_PARAMS[tab];
  const params: Record<string, string> = {};
  for (const key of allowed) {
    const value = query.get(key);
    if (value) params[key] = value;
  }
  return { tab, params };
}

/** The path for a route: keys in the tab's order, so one place always has one URL. */
export function formatRoute(route: PortfolioRoute): string {
  const query = new URLSearchParams();
  const allowed: readonly string[] = TAB_PARAMS[route.tab];
  for (const key of allowed) {
    const value = route.params[key];
    if (value) query.set(key, value);
  }
  const search = query.toString();
  return `/${route.tab}${search ? `?${search}` : ''}`;
}

export function sameRoute(a: PortfolioRoute, b: PortfolioRoute): boolean {
  return formatRoute(a) === formatRoute(b);
}
