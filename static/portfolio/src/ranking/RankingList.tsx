import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { EmptyState, humanize, PlainList } from '../../../shared';
import { EntityActions } from '../common/EntityActions';
import { StatusLozenge } from '../common/StatusLozenge';
import { usePortfolio } from '../PortfolioContext';

const itemStyle = xcss({
  marginBlockStart: 'space.0',
  paddingBlock: 'space.100',
  borderBlockEndColor: 'color.border',
  borderBlockEndStyle: 'solid',
  borderBlockEndWidth: 'border.width',
});

/** Solutions by score: the sum, over the priorities addressed, of market weight × importance × layer weight. */
export function RankingList() {
  const { view, index, openDialog } = usePortfolio();
  if (view.ranking.length === 0) {
    return (
      <EmptyState
        header="Nothing to rank yet"
        description="Solutions are ranked once they address business priorities."
      />
    );
  }
  return (
    <Stack space="space.100">
      <Text color="color.text.subtle">
        Score of a priority = market weight × importance × customer-layer weight; a solution scores the sum
        over the priorities it addresses.
      </Text>
      <PlainList ordered space="space.0">
        {view.ranking.map((entry) => {
          const solution = index.solution.get(entry.solutionId);
          if (!solution) return null;
          const priorities = solution.priorityIds.flatMap((id) => index.priority.get(id) ?? []);
          return (
            <Box as="li" key={entry.solutionId} xcss={itemStyle}>
              <Inline space="space.200" alignBlock="start" spread="space-between">
                <Inline space="space.150" alignBlock="start">
                  <Heading size="medium" as="span">{`#${entry.rank}`}</Heading>
                  <Stack space="space.050">
                    <Inline space="space.100" alignBlock="center" shouldWrap>
                      <Heading size="small" as="h2">
                        {solution.name}
                      </Heading>
                      <StatusLozenge status={solution.status} />
                      <Text size="small" color="color.text.subtlest">
                        Horizon: {humanize(solution.horizon)}
                      </Text>
                    </Inline>
                    <Text size="small" color="color.text.subtle">
                      Addresses:{' '}
                      {priorities
                        .map((p) => `${p.title} (${index.priorityScore.get(p.id) ?? 0})`)
                        .join(' · ')}
                    </Text>
                  </Stack>
                </Inline>
                <Inline space="space.100" alignBlock="center">
                  <Text weight="bold">Score {entry.score}</Text>
                  <EntityActions
                    name={`solution ${solution.name}`}
                    onEdit={() => openDialog({ kind: 'solution', solution })}
                    onDelete={() => openDialog({ kind: 'delete-solution', solution })}
                  />
                </Inline>
              </Inline>
            </Box>
          );
        })}
      </PlainList>
    </Stack>
  );
}
