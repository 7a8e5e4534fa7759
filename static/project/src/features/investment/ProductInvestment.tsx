import ProgressBar from '@atlaskit/progress-bar';
import { Box, Grid, Stack, Text, xcss } from '@atlaskit/primitives';
import type { Investment } from '../../../../../src/contract';
import {
  amountOf,
  EmptyState,
  ErrorState,
  LoadingState,
  measureName,
  unestimatedText,
  PlainList,
  percent,
  SectionHeading,
  useResolver,
} from '../../../../shared';

const row = xcss({ alignItems: 'center' });

/**
 * How this product's open growth work splits across markets (issue 12): the same rollups as the
 * portfolio's Investment tab, for this project's epics only. Counts: hidden epics are included.
 */
export function ProductInvestment({ projectId, projectName }: { projectId: string; projectName: string }) {
  const { data, error, reload } = useResolver('portfolio.investment', { projectId });
  return (
    <Stack space="space.150">
      <SectionHeading title="Where this product's growth work goes">
        How {projectName}&apos;s open work on solutions splits across the markets they serve.
      </SectionHeading>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void reload()} />
      ) : !data ? (
        <LoadingState label="Loading investment" />
      ) : (
        <MarketSplit investment={data} />
      )}
    </Stack>
  );
}

function MarketSplit({ investment }: { investment: Investment }) {
  const { measure } = investment;
  const markets = investment.markets.filter((m) => m.amount > 0).sort((a, b) => b.amount - a.amount);
  const unestimated = unestimatedText(investment);
  if (investment.total === 0 && investment.openEpics > 0)
    return (
      <EmptyState
        header="No estimates yet"
        description={`None of this product's ${investment.openEpics} open growth epics has an estimate in ${investment.estimateField?.name ?? 'the estimate field'}.`}
      />
    );
  if (investment.total === 0)
    return (
      <EmptyState
        header="No open growth work yet"
        description="This appears once open epics of this product contribute to solutions that address business priorities."
      />
    );
  return (
    <Stack space="space.150">
      <Text color="color.text.subtle">
        Measured in {measureName(investment)}: {amountOf(measure, investment.total)} in all. An epic serving
        several markets counts once, split equally between them.
      </Text>
      {unestimated && <Text color="color.text.subtle">{unestimated}</Text>}
      <PlainList space="space.100" label="This product's work by market">
        {markets.map((m) => (
          <li key={m.marketId}>
            <Grid templateColumns="minmax(160px, 1fr) 2fr" gap="space.200" xcss={row}>
              <Text weight="medium">{m.name}</Text>
              <Stack space="space.050">
                <Box>
                  <ProgressBar
                    value={m.investmentShare}
                    ariaLabel={`${m.name}: ${percent(m.investmentShare)}`}
                  />
                </Box>
                <Text size="small" color="color.text.subtle">
                  {percent(m.investmentShare)} ({amountOf(measure, m.amount)})
                </Text>
              </Stack>
            </Grid>
          </li>
        ))}
      </PlainList>
      {investment.unassigned > 0 && (
        <Text color="color.text.subtle">
          {amountOf(measure, investment.unassigned)} serve no market: their solutions address no business
          priority any more.
        </Text>
      )}
    </Stack>
  );
}
