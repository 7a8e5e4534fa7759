import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { Market } from '../../../../src/contract';
import { humanize } from '../../../shared';
import { ShowMoreButton } from '../common/ShowMoreButton';
import { useShowMore } from '../common/useShowMore';
import { marketsByWeight } from '../portfolioIndex';
import { usePortfolio } from '../PortfolioContext';
import { FilterSelect } from '../route/FilterSelect';
import { useOpenTab, useRouteParam } from '../route/RouteContext';
import { MarketNode } from './MarketNode';

/** Markets on the landing before "Show more": at L (50 markets) the first paint does half the work. */
const MARKETS_SHOWN = 20;

const STATUSES: Market['status'][] = ['target', 'explore', 'sustain', 'exit'];

/**
 * Markets, heaviest first, with how much hangs under each; expanding one loads its customers'
 * business priorities and the solutions addressing them (`market.detail`). The status filter and
 * the market opened by a link (`?market=<id>`, shown alone and expanded, with the priority or
 * solution the link names marked: `&priority=<id>`, `&solution=<id>`) are in the URL.
 */
export function StrategyTree() {
  const { summary } = usePortfolio();
  const [status] = useRouteParam('status');
  const [selected] = useRouteParam('market');
  const openTab = useOpenTab();
  const chosen = selected ? summary.markets.filter((m) => m.id === selected) : [];
  const markets = chosen.length
    ? chosen
    : marketsByWeight(summary.markets).filter((m) => !status || m.status === status);
  const { shown, showMore } = useShowMore(markets, MARKETS_SHOWN);
  return (
    <Stack space="space.200">
      <Text color="color.text.subtle">
        {summary.counts.markets} markets · {summary.counts.priorities} business priorities ·{' '}
        {summary.counts.solutions} solutions · {summary.counts.contributions} linked epics
      </Text>
      {chosen.length ? (
        <Inline>
          {/* Every market, and no record marked any more (a gap's link selects one). */}
          <Button onClick={() => openTab('strategy')}>Show every market</Button>
        </Inline>
      ) : (
        <FilterSelect
          param="status"
          label="Market status"
          options={STATUSES.map((value) => ({ value, label: humanize(value) }))}
          allLabel="Any status"
        />
      )}
      {markets.length === 0 && <Text color="color.text.subtle">No market has this status.</Text>}
      {shown.map((market) => (
        <MarketNode key={market.id} market={market} expandedAtFirst={chosen.length > 0} />
      ))}
      <ShowMoreButton shown={shown.length} total={markets.length} noun="markets" onClick={showMore} />
    </Stack>
  );
}
