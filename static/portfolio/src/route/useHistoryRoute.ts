import { view } from '@forge/bridge';
import { useCallback, useEffect, useRef, useState } from 'react';
import { LANDING, formatRoute, parseRoute, sameRoute, type PortfolioRoute } from './route';

/** What the page uses of the history `view.createHistory()` resolves to (the `history` package's shape). */
interface AppLocation {
  pathname: string;
  search: string;
}
interface AppHistory {
  location: AppLocation;
  push(path: string): void;
  listen(listener: (location: AppLocation | { location: AppLocation }) => void): () => void;
}

/** The two shapes a listener may be given: history v4 passes the location, v5 an update holding it. */
const locationOf = (update: AppLocation | { location: AppLocation }): AppLocation =>
  'pathname' in update ? update : update.location;

export interface HistoryRoute {
  /** null until the page's URL is known, so a deep link never flashes the landing tab first. */
  route: PortfolioRoute | null;
  /** A new entry in the page's history: back returns to where the viewer was. */
  go: (route: PortfolioRoute) => void;
}

/**
 * The portfolio's place in the page URL, through Jira's history for full-page modules
 * (`view.createHistory`): tabs, filters and the selected record are links that reload, back and
 * forward restore. Where the host has no history (it refuses the call), the page still works,
 * with its place kept in memory only.
 */
export function useHistoryRoute(): HistoryRoute {
  const [route, setRoute] = useState<PortfolioRoute | null>(null);
  const history = useRef<AppHistory | null>(null);
  const current = useRef<PortfolioRoute | null>(null);
  // A location the history reports (its own push echoed, or back and forward) changes the page
  // only when it names another place: the same place keeps the same object, so nothing re-renders.
  const show = useCallback((next: PortfolioRoute) => {
    if (current.current && sameRoute(current.current, next)) return;
    current.current = next;
    setRoute(next);
  }, []);

  useEffect(() => {
    let unlisten: (() => void) | undefined;
    let live = true;
    view.createHistory().then(
      (created) => {
        if (!live) return;
        const appHistory = created as unknown as AppHistory;
        history.current = appHistory;
        show(parseRoute(appHistory.location));
        unlisten = appHistory.listen((update) => show(parseRoute(locationOf(update))));
      },
      () => live && show(LANDING),
    );
    return () => {
      live = false;
      unlisten?.();
    };
  }, [show]);

  const go = useCallback(
    (next: PortfolioRoute) => {
      if (current.current && sameRoute(current.current, next)) return;
      show(next);
      history.current?.push(formatRoute(next));
    },
    [show],
  );

  return { route, go };
}
