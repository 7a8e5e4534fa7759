import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { RoadmapCard } from '../../../src/contract';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  PlainList,
  PlainListItem,
  ReadinessBar,
  useResolver,
} from '../../shared';
import { ScopeLine } from './ScopeLine';
import type { Scope } from './scope';

/** Solutions a gadget lists; the rest are counted (the portfolio page has them all). */
const SHOWN = 10;
const HORIZON_LABELS: Record<RoadmapCard['horizon'], string> = { now: 'Now', next: 'Next', later: 'Later' };

/**
 * "Solution readiness": each live solution's weakest product and readiness, in ranking order, for
 * one market or all (portfolio.roadmap: the read model, one permission check). A weakest product
 * the viewer cannot browse is not named, and products they cannot browse are only counted.
 */
export function ReadinessGadget({ scope }: { scope: Scope }) {
  const { data, error, loading, reload } = useResolver('portfolio.roadmap', {
    ...(scope.marketId ? { marketId: scope.marketId } : {}),
    limit: SHOWN,
  });
  if (error && !data) return <ErrorState error={error} onRetry={() => void reload()} />;
  if (!data) return loading ? <LoadingState label="Loading solution readiness…" /> : null;
  const cards = data.columns
    .flatMap((c) => c.cards)
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name))
    .slice(0, SHOWN);
  const total = data.columns.reduce((n, c) => n + c.total, 0);
  const browsable = new Set(data.products.filter((p) => p.browsable).map((p) => p.projectId));
  return (
    <Box padding="space.150">
      <Stack space="space.150">
        <ScopeLine scope={scope} extra={`${total} live ${total === 1 ? 'solution' : 'solutions'}`} />
        {cards.length === 0 ? (
          <EmptyState
            header="No live solutions"
            description="Solutions that are not dropped appear here with their weakest product."
          />
        ) : (
          <PlainList label="Solutions by readiness">
            {cards.map((card) => {
              const hidden = card.projectIds.filter((id) => !browsable.has(id)).length;
              return (
                <PlainListItem key={card.solutionId}>
                  <Stack space="space.050">
                    <Inline space="space.100" alignBlock="baseline" shouldWrap>
                      <Text weight="semibold">{card.name}</Text>
                      <Text size="small" color="color.text.subtle">
                        {HORIZON_LABELS[card.horizon]} · {card.projectIds.length}{' '}
                        {card.projectIds.length === 1 ? 'product' : 'products'}
                      </Text>
                    </Inline>
                    <ReadinessBar readiness={card.readiness} />
                    {hidden > 0 ? (
                      <Text size="small" color="color.text.subtlest">
                        {hidden} {hidden === 1 ? 'product' : 'products'} you cannot view (counted, not named)
                      </Text>
                    ) : null}
                  </Stack>
                </PlainListItem>
              );
            })}
          </PlainList>
        )}
        {total > cards.length ? (
          <Text size="small" color="color.text.subtle">
            Showing {cards.length} of {total}; the Market layer page lists them all.
          </Text>
        ) : null}
      </Stack>
    </Box>
  );
}
