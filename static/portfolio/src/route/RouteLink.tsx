import Link from '@atlaskit/link';
import { useRoute } from './RouteContext';
import { formatRoute, type PortfolioRoute } from './route';

/**
 * A link to a place in the portfolio page (a record, a filtered tab): a real link for keyboards and
 * screen readers, followed through the page's history without reloading the frame.
 */
export function RouteLink({ route, children }: { route: PortfolioRoute; children: string }) {
  const { go } = useRoute();
  return (
    <Link
      href={formatRoute(route)}
      onClick={(event) => {
        event.preventDefault();
        go(route);
      }}
    >
      {children}
    </Link>
  );
}
