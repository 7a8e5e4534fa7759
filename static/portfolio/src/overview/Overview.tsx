import { Grid, Stack } from '@atlaskit/primitives';
import { BalanceSummary } from './BalanceSummary';
import { GapsSummary } from './GapsSummary';
import { Headline } from './Headline';
import { MarketCoverage } from './MarketCoverage';
import { PrioritySolutions } from './PrioritySolutions';
import { ReadinessHeatMap } from './ReadinessHeatMap';

/**
 * The landing tab (issue 10): the executive questions on one screen, from the landing call alone:
 * where the markets' priorities stand, how ready the top solutions are and which product holds
 * each back, which solutions serve each market's most important priorities, what is missing, and whether products spend enough on growth. Each answer shows the
 * first few of its list, says how many there are, and opens the tab with all of them.
 */
export function Overview() {
  return (
    <Stack space="space.200">
      <Headline />
      <ReadinessHeatMap />
      <PrioritySolutions />
      <Grid templateColumns="repeat(auto-fit, minmax(400px, 1fr))" gap="space.200" alignItems="start">
        <MarketCoverage />
        <Stack space="space.200">
          <GapsSummary />
          <BalanceSummary />
        </Stack>
      </Grid>
    </Stack>
  );
}
