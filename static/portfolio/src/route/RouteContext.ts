import { createContext, useCallback, useContext } from 'react';
import type { PortfolioRoute, TabKey } from './route';

export interface RouteValue {
  route: PortfolioRoute;
  go: (route: PortfolioRoute) => void;
}

export const RouteContext = createContext<RouteValue | null>(null);

export function useRoute(): RouteValue {
  const value = useContext(RouteContext);
  if (!value) throw new Error('useRoute must be used inside PortfolioApp');
  return value;
}

/**
 * One filter of the open tab, read from and written to the URL: `[value, set]` like useState,
 * where setting pushes a history entry (back undoes a filter) and an empty value removes it.
 */
export function useRouteParam(key: string): [string | null, (value: string | null) => void] {
  const { route, go } = useRoute();
  const set = useCallback(
    (value: string | null) => {
      const params: Record<string, string> = { ...route.params };
      if (value) params[key] = value;
      else delete params[key];
      go({ tab: route.tab, params });
    },
    [route, go, key],
  );
  return [route.params[key] ?? null, set];
}

/** Opens a tab, with the filters given (a link from the overview to "the gaps of this kind"). */
export function useOpenTab(): (tab: TabKey, params?: Record<string, string>) => void {
  const { go } = useRoute();
  return useCallback((tab, params = {}) => go({ tab, params }), [go]);
}
