import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { ProductSummary, RoadmapCard, Solution } from '../../../../src/contract';
import { plural, ReadinessBar } from '../../../shared';
import { StatusLozenge } from '../common/StatusLozenge';
import { usePortfolio } from '../PortfolioContext';
import { productLabel } from '../portfolioIndex';
import { HORIZON_LABELS, HORIZON_ORDER } from './horizons';

const cardStyle = xcss({
  marginBlockStart: 'space.0',
  padding: 'space.150',
  backgroundColor: 'elevation.surface.raised',
  boxShadow: 'elevation.shadow.raised',
  borderRadius: 'radius.medium',
});

/** Who contributes, as the viewer may see it: projects they cannot browse are counted, not named. */
function productsText(card: RoadmapCard, products: ReadonlyMap<string, ProductSummary>): string {
  if (card.projectIds.length === 0) return 'No contributing products yet';
  const named = card.projectIds.map((id) => products.get(id)).filter((p) => p?.browsable);
  const hidden = card.projectIds.length - named.length;
  const names = named.map((p) => productLabel(p));
  if (hidden > 0) names.push(plural(hidden, 'project you cannot view', 'projects you cannot view'));
  return names.join(', ');
}

/**
 * One solution on the roadmap: readiness (weakest product), contributing products, latest due
 * date, markets; "Move to" buttons for the other horizons (keyboard and screen reader alike).
 */
export function RoadmapCardView({
  card,
  products,
  onMove,
  moving,
}: {
  card: RoadmapCard;
  products: ReadonlyMap<string, ProductSummary>;
  onMove: ((card: RoadmapCard, horizon: Solution['horizon']) => void) | null;
  moving: boolean;
}) {
  const { index } = usePortfolio();
  const markets = card.marketIds.map((id) => index.market.get(id)?.name).filter(Boolean);
  return (
    <Box as="li" xcss={cardStyle} testId={`roadmap-card-${card.solutionId}`} aria-label={card.name}>
      <Stack space="space.100">
        <Inline space="space.100" alignBlock="center" shouldWrap spread="space-between">
          <Heading size="xsmall" as="h4">
            {card.rank !== null ? `#${card.rank} ` : ''}
            {card.name}
          </Heading>
          <StatusLozenge status={card.status} />
        </Inline>
        <ReadinessBar readiness={card.readiness} />
        <Text size="small">
          <strong>Products:</strong> {productsText(card, products)}
        </Text>
        <Text size="small">
          <strong>Latest due:</strong> {card.latestDue ?? 'no due dates'} ·{' '}
          {plural(card.openEpics, 'open epic')} of {card.epics}
        </Text>
        <Text size="small">
          <strong>Markets:</strong> {markets.length > 0 ? markets.join(', ') : 'none'}
        </Text>
        {onMove && (
          <Inline space="space.100" shouldWrap>
            {HORIZON_ORDER.filter((h) => h !== card.horizon).map((horizon) => (
              <Button
                key={horizon}
                spacing="compact"
                isDisabled={moving}
                onClick={() => onMove(card, horizon)}
                aria-label={`Move to ${HORIZON_LABELS[horizon]}: ${card.name}`}
              >
                {`Move to ${HORIZON_LABELS[horizon]}`}
              </Button>
            ))}
          </Inline>
        )}
      </Stack>
    </Box>
  );
}
