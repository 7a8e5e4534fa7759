import { Box, Grid, Stack, Text, xcss } from '@atlaskit/primitives';
import { useMemo } from 'react';
import type { MarketSummary, PriorityHeadline, SolutionBrief } from '../../../../src/contract';
import { LAYER_LABELS, LAYERS_TOP_DOWN, PlainList, percent } from '../../../shared';
import { marketsByWeight } from '../portfolioIndex';
import { usePortfolio } from '../PortfolioContext';
import type { PortfolioRoute } from '../route/route';
import { RouteLink } from '../route/RouteLink';
import { OverviewSection } from './OverviewSection';
import { solutionsByPriority } from './solutionsByPriority';

/** Markets and solutions a priority line names on the overview; "N more" opens the rest. */
const MARKETS_SHOWN = 5;
const SOLUTIONS_SHOWN = 3;

const itemStyle = xcss({ marginBlockStart: 'space.0' });

/**
 * Each market's most important priorities by customer layer, with the solutions serving each and
 * how ready they are (the weakest product's readiness), from the landing call alone. Compact: the
 * first few of each list and "N more" opening the market in the strategy tree.
 */
export function PrioritySolutions() {
  const { summary } = usePortfolio();
  const serving = useMemo(() => solutionsByPriority(summary.solutions), [summary.solutions]);
  const markets = marketsByWeight(summary.markets)
    .filter((m) => m.topPriorities.length > 0)
    .slice(0, MARKETS_SHOWN);
  return (
    <OverviewSection
      title="Each priority’s solutions"
      question="Which solutions serve each market’s most important priorities, and how ready they are"
      tab="strategy"
      tabLabel="Open strategy"
    >
      {markets.length === 0 ? (
        <Text color="color.text.subtle">No market has a business priority yet.</Text>
      ) : (
        <Grid templateColumns="repeat(auto-fit, minmax(320px, 1fr))" gap="space.200" alignItems="start">
          {markets.map((market) => (
            <MarketPriorities key={market.id} market={market} serving={serving} />
          ))}
        </Grid>
      )}
    </OverviewSection>
  );
}

function MarketPriorities({
  market,
  serving,
}: {
  market: MarketSummary;
  serving: ReadonlyMap<string, SolutionBrief[]>;
}) {
  const open: PortfolioRoute = { tab: 'strategy', params: { market: market.id } };
  return (
    <Stack space="space.100">
      <Text weight="semibold">{market.name}</Text>
      {LAYERS_TOP_DOWN.map((layer) => {
        const top = market.topPriorities.filter((p) => p.layer === layer);
        if (top.length === 0) return null;
        const more = market.layers[layer].priorities - top.length;
        return (
          <Stack key={layer} space="space.050">
            <Text size="small" color="color.text.subtle">
              {LAYER_LABELS[layer]}
            </Text>
            <PlainList space="space.050" label={`${LAYER_LABELS[layer]} priorities of ${market.name}`}>
              {top.map((priority) => (
                <Box as="li" key={priority.id} xcss={itemStyle}>
                  <PriorityLine
                    market={market}
                    priority={priority}
                    solutions={serving.get(priority.id) ?? []}
                  />
                </Box>
              ))}
            </PlainList>
            {more > 0 && (
              <Text size="small">
                <RouteLink route={open}>{`${more} more ${more === 1 ? 'priority' : 'priorities'}`}</RouteLink>
              </Text>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}

function PriorityLine({
  market,
  priority,
  solutions,
}: {
  market: MarketSummary;
  priority: PriorityHeadline;
  solutions: SolutionBrief[];
}) {
  const shown = solutions.slice(0, SOLUTIONS_SHOWN);
  const more = solutions.length - shown.length;
  const words = shown.map(
    (s) => `${s.name} (${s.readiness === null ? 'no epics' : `${percent(s.readiness)} ready`})`,
  );
  return (
    <Stack space="space.0">
      <Text size="small">
        <RouteLink route={{ tab: 'strategy', params: { market: market.id, priority: priority.id } }}>
          {priority.title}
        </RouteLink>
      </Text>
      <Text size="small" color={solutions.length ? 'color.text.subtle' : 'color.text.warning'}>
        {solutions.length === 0
          ? 'No solution yet'
          : `${words.join(' · ')}${more > 0 ? ` · ${more} more` : ''}`}
      </Text>
    </Stack>
  );
}
