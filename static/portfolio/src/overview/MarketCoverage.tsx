import Button from '@atlaskit/button/new';
import { Box, Grid, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { MarketSummary } from '../../../../src/contract';
import { LAYER_LABELS, LAYERS_TOP_DOWN, PlainList } from '../../../shared';
import { StatusLozenge } from '../common/StatusLozenge';
import { marketsByWeight } from '../portfolioIndex';
import { usePortfolio } from '../PortfolioContext';
import { useOpenTab } from '../route/RouteContext';
import { CoverageMeter } from './CoverageMeter';
import { OverviewSection } from './OverviewSection';

/** Markets on the overview: the heaviest; the Strategy tab has the rest. */
const OVERVIEW_MARKETS = 5;

const rowStyle = xcss({ marginBlockStart: 'space.0' });

/** Each market's business priorities by customer layer, and how many a live solution addresses. */
export function MarketCoverage() {
  const { summary } = usePortfolio();
  const markets = marketsByWeight(summary.markets).slice(0, OVERVIEW_MARKETS);
  return (
    <OverviewSection
      title="Markets and their customers’ priorities"
      question="What each market’s executives, senior managers and users need, and how much of it a solution serves"
      shown={`${markets.length} of ${summary.markets.length} markets`}
      tab="strategy"
      tabLabel="Open strategy"
    >
      <PlainList space="space.150" label="Markets by strategic weight">
        {markets.map((market) => (
          <Box as="li" key={market.id} xcss={rowStyle}>
            <MarketLine market={market} />
          </Box>
        ))}
      </PlainList>
    </OverviewSection>
  );
}

function MarketLine({ market }: { market: MarketSummary }) {
  const openTab = useOpenTab();
  return (
    <Stack space="space.075">
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <Button
          spacing="compact"
          appearance="subtle"
          aria-label={`${market.name}: open its priorities and solutions`}
          onClick={() => openTab('strategy', { market: market.id })}
        >
          {market.name}
        </Button>
        <StatusLozenge status={market.status} />
        <Text size="small" color="color.text.subtle">
          weight {market.strategicWeight} of 5
        </Text>
      </Inline>
      <Grid templateColumns="110px 1fr 150px" gap="space.100" alignItems="center">
        {LAYERS_TOP_DOWN.map((layer) => {
          const coverage = market.layers[layer];
          return [
            <Text key={`${layer}-name`} size="small">
              {LAYER_LABELS[layer]}
            </Text>,
            <CoverageMeter key={`${layer}-bar`} coverage={coverage} />,
            <Text key={`${layer}-words`} size="small" color="color.text.subtle">
              {coverage.priorities === 0
                ? 'no priority yet'
                : `${coverage.addressed} of ${coverage.priorities} served`}
            </Text>,
          ];
        })}
      </Grid>
    </Stack>
  );
}
