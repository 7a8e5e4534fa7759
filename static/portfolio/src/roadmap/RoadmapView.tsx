import { Box, Grid, Stack, Text } from '@atlaskit/primitives';
import { useMemo, useRef } from 'react';
import type { ProductSummary, Roadmap } from '../../../../src/contract';
import { ErrorState, LoadingState, PlainList, plural, SectionHeading } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';
import { HORIZON_LABELS } from './horizons';
import { MoveError } from './MoveError';
import { RoadmapCardView } from './RoadmapCardView';
import { RoadmapFilters } from './RoadmapFilters';
import { useRoadmap } from './useRoadmap';

/** Every product any answer so far has named, so a filter never loses its own choice. */
function useKnownProducts(roadmap: Roadmap | undefined): ReadonlyMap<string, ProductSummary> {
  const { index } = usePortfolio();
  const known = useRef(new Map<string, ProductSummary>());
  return useMemo(() => {
    for (const p of [...index.product.values(), ...(roadmap?.products ?? [])])
      known.current.set(p.projectId, p);
    return new Map(known.current);
  }, [index, roadmap]);
}

/** Now / Next / Later: the live solutions by horizon, in ranking order; a card moves with its buttons. */
export function RoadmapView() {
  const { canManage } = usePortfolio();
  const { data, error, reload, move, moving, moveError, clearMoveError } = useRoadmap();
  const products = useKnownProducts(data);
  return (
    <Stack space="space.200">
      <SectionHeading title="Roadmap">
        Solutions by horizon, in ranking order. Readiness is the weakest product&apos;s; the due date is the
        latest of the solution&apos;s epics.
      </SectionHeading>
      <RoadmapFilters products={products} />
      {moveError && <MoveError error={moveError} onDismiss={clearMoveError} />}
      {error && !data && <ErrorState error={error} onRetry={() => void reload()} />}
      {!data && !error && <LoadingState label="Loading the roadmap" />}
      {data && (
        <Grid templateColumns="repeat(3, minmax(220px, 1fr))" gap="space.200" alignItems="start">
          {data.columns.map((column) => (
            <Stack key={column.horizon} space="space.100" testId={`roadmap-column-${column.horizon}`}>
              <SectionHeading title={`${HORIZON_LABELS[column.horizon]} (${column.total})`} level="h3" />
              {column.total === 0 ? (
                <Text color="color.text.subtlest">No solutions</Text>
              ) : (
                <PlainList space="space.150" label={`${HORIZON_LABELS[column.horizon]}: solutions`}>
                  {column.cards.map((card) => (
                    <RoadmapCardView
                      key={card.solutionId}
                      card={card}
                      products={products}
                      onMove={canManage ? (c, h) => void move(c, h) : null}
                      moving={moving === card.solutionId}
                    />
                  ))}
                </PlainList>
              )}
              {column.cards.length < column.total && (
                <Box>
                  <Text size="small" color="color.text.subtle">
                    Showing the first {plural(column.cards.length, 'solution')} of {column.total}; filter by
                    market or product to see the rest.
                  </Text>
                </Box>
              )}
            </Stack>
          ))}
        </Grid>
      )}
    </Stack>
  );
}
