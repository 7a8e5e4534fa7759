import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';
import type { Investment } from '../../../../src/contract';
import { EmptyState, ErrorState, LoadingState, PlainList, percent, SectionHeading } from '../../../shared';
import { useRouteParam } from '../route/RouteContext';
import { InvestmentFilters } from './InvestmentFilters';
import { LayerInvestment } from './LayerInvestment';
import { MarketInvestmentRow } from './MarketInvestmentRow';
import { amountOf, measureName, unestimatedText } from '../../../shared/measureText';
import { useInvestment } from './useInvestment';

/**
 * Is the open growth work going where the strategy points? Each market's share of the work beside
 * its share of the strategy's weight, largest gap first; then the work by customer layer.
 */
export function InvestmentView() {
  const { data, error, reload } = useInvestment();
  let body;
  if (error && !data) body = <ErrorState error={error} onRetry={() => void reload()} />;
  else if (!data) body = <LoadingState label="Loading investment" />;
  else body = <InvestmentBody investment={data} />;
  return (
    <Stack space="space.200">
      <InvestmentFilters />
      {body}
    </Stack>
  );
}

function InvestmentBody({ investment }: { investment: Investment }) {
  const { measure } = investment;
  // The status filter narrows the market rows; the shares stay those of all the work.
  const [status] = useRouteParam('status');
  const markets = investment.markets.filter((m) => !status || m.status === status);
  const exits = investment.markets.filter((m) => m.exitWithOpenWork);
  const unestimated = unestimatedText(investment);
  return (
    <Stack space="space.300">
      <Stack space="space.100">
        <SectionHeading title="Investment by market">
          Where the open growth work goes, against each market&apos;s strategic weight.
        </SectionHeading>
        <Text testId="investment-measure">
          Measured in <strong>{measureName(investment)}</strong> of live solutions (chosen in Market layer
          settings): {amountOf(measure, investment.total)} in all, hidden epics included. An epic serving
          several markets counts once, split equally between them
          {investment.split > 0 ? ` (${amountOf(measure, investment.split)} split so)` : ''}.
        </Text>
        {unestimated && <Text testId="investment-unestimated">{unestimated}</Text>}
      </Stack>
      {investment.total === 0 && investment.openEpics > 0 ? (
        <EmptyState
          header="No estimates yet"
          description={`None of the ${investment.openEpics} open growth epics has an estimate in ${investment.estimateField?.name ?? 'the estimate field'}, so there is nothing to share out.`}
        />
      ) : investment.total === 0 ? (
        <EmptyState
          header="No open growth work yet"
          description="Investment appears once open epics contribute to solutions that address business priorities."
        />
      ) : (
        <>
          {exits.length > 0 && (
            <SectionMessage appearance="warning" title="Work still going to markets being exited">
              <PlainList label="Exit markets with open work">
                {exits.map((m) => (
                  <li key={m.marketId}>
                    {m.name}: {amountOf(measure, m.amount)} ({percent(m.investmentShare)} of the work)
                  </li>
                ))}
              </PlainList>
            </SectionMessage>
          )}
          {markets.length === 0 && <Text color="color.text.subtle">No market has this status.</Text>}
          <PlainList space="space.200" label="Investment by market, largest gap first">
            {markets.map((market) => (
              <MarketInvestmentRow key={market.marketId} market={market} measure={measure} />
            ))}
          </PlainList>
          {investment.unassigned > 0 && (
            <Text color="color.text.subtle">
              {amountOf(measure, investment.unassigned)} serve no market: their solutions address no business
              priority any more.
            </Text>
          )}
          <LayerInvestment investment={investment} />
        </>
      )}
    </Stack>
  );
}
