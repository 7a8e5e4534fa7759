import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { SolutionBrief } from '../../../../src/contract';
import { humanize, plural } from '../../../shared';
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

/** One ranked solution: rank, name, status, horizon, score; edit loads the full solution. */
export function RankingItem({ solution }: { solution: SolutionBrief }) {
  const { openDialog } = usePortfolio();
  return (
    <Box as="li" xcss={itemStyle}>
      <Inline space="space.200" alignBlock="center" spread="space-between">
        <Inline space="space.150" alignBlock="center">
          <Heading size="medium" as="span">{`#${solution.rank}`}</Heading>
          <Stack space="space.050">
            <Inline space="space.100" alignBlock="center" shouldWrap>
              <Heading size="small" as="h2">
                {solution.name}
              </Heading>
              <StatusLozenge status={solution.status} />
            </Inline>
            <Text size="small" color="color.text.subtle">
              Horizon: {humanize(solution.horizon)} · addresses{' '}
              {plural(solution.priorityIds.length, 'business priority', 'business priorities')}
            </Text>
          </Stack>
        </Inline>
        <Inline space="space.100" alignBlock="center">
          <Text weight="bold">Score {solution.score}</Text>
          <EntityActions
            name={`solution ${solution.name}`}
            onEdit={() => openDialog({ kind: 'solution', solutionId: solution.id })}
            onDelete={() => openDialog({ kind: 'delete-solution', solution })}
          />
        </Inline>
      </Inline>
    </Box>
  );
}
