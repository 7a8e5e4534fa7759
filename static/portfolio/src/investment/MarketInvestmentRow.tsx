import Lozenge from '@atlaskit/lozenge';
import { Box, Grid, Inline, Stack, Text } from '@atlaskit/primitives';
import type { InvestmentMeasure, MarketInvestment } from '../../../../src/contract';
import { percent } from '../../../shared';
import { StatusLozenge } from '../common/StatusLozenge';
import { amountOf, points } from '../../../shared/measureText';
import { ShareBar } from './ShareBar';

/** Within 5 points of the strategy a market counts as aligned. */
const ALIGNED = 0.05;

function verdict(m: MarketInvestment) {
  if (m.exitWithOpenWork)
    return { label: 'Exit market with open work', appearance: 'removed' as const, tone: 'over' as const };
  if (m.gap <= -ALIGNED)
    return { label: 'Under-invested', appearance: 'moved' as const, tone: 'under' as const };
  if (m.gap >= ALIGNED)
    return { label: 'Over-invested', appearance: 'inprogress' as const, tone: 'over' as const };
  return { label: 'Aligned', appearance: 'success' as const, tone: 'even' as const };
}

/** One market: its investment share as a bar against its strategic share, in words, and a verdict. */
export function MarketInvestmentRow({
  market,
  measure,
}: {
  market: MarketInvestment;
  measure: InvestmentMeasure;
}) {
  const v = verdict(market);
  const text =
    `Investment ${percent(market.investmentShare)} (${amountOf(measure, market.amount)}) · ` +
    `strategy ${percent(market.strategicShare)} (weight ${market.strategicWeight}${market.status === 'exit' ? ', exit' : ''}) · ` +
    points(market.gap);
  return (
    <Box as="li" aria-label={`${market.name}: ${v.label}. ${text}`}>
      <Grid templateColumns="minmax(160px, 1fr) 2fr auto" gap="space.200" alignItems="center">
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <Text weight="semibold">{market.name}</Text>
          <StatusLozenge status={market.status} />
        </Inline>
        <Stack space="space.050">
          <ShareBar share={market.investmentShare} marker={market.strategicShare} tone={v.tone} />
          <Text size="small" color="color.text.subtle">
            {text}
          </Text>
        </Stack>
        <Lozenge appearance={v.appearance}>{v.label}</Lozenge>
      </Grid>
    </Box>
  );
}
