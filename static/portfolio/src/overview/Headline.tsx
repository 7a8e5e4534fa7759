import { Box, Grid, Stack, Text, xcss } from '@atlaskit/primitives';
import { percent } from '../../../shared';
import { gapTotal } from '../gaps/gapGroups';
import { usePortfolio } from '../PortfolioContext';
import { totalCoverage } from './coverage';

const tileStyle = xcss({
  backgroundColor: 'elevation.surface.raised',
  boxShadow: 'elevation.shadow.raised',
  borderRadius: 'radius.medium',
  padding: 'space.150',
});

/** The portfolio in four numbers, each in a sentence's words. */
export function Headline() {
  const { summary } = usePortfolio();
  const coverage = totalCoverage(summary.markets);
  const live = summary.solutions.filter((s) => s.status !== 'dropped');
  const gaps = gapTotal(summary.gapCounts);
  const tiles = [
    { value: String(summary.counts.markets), label: summary.counts.markets === 1 ? 'market' : 'markets' },
    {
      value: coverage.priorities ? percent(coverage.addressed / coverage.priorities) : '—',
      label: `of ${coverage.priorities} active business priorities have a solution`,
    },
    {
      value: String(live.length),
      label: `solutions, ${live.filter((s) => s.status === 'in-delivery').length} in delivery`,
    },
    { value: String(gaps), label: gaps === 1 ? 'gap to act on' : 'gaps to act on' },
  ];
  return (
    <Grid templateColumns="repeat(4, minmax(0, 1fr))" gap="space.200">
      {tiles.map((tile) => (
        <Box key={tile.label} xcss={tileStyle}>
          <Stack space="space.025">
            <Text size="large" weight="bold">
              {tile.value}
            </Text>
            <Text size="small" color="color.text.subtle">
              {tile.label}
            </Text>
          </Stack>
        </Box>
      ))}
    </Grid>
  );
}
