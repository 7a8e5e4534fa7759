import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { Priority, Solution } from '../../../../src/contract';
import { LayerLozenge, plural, PlainList } from '../../../shared';
import { EntityActions } from '../common/EntityActions';
import { ShowMoreButton } from '../common/ShowMoreButton';
import { useShowMore } from '../common/useShowMore';
import { StatusLozenge } from '../common/StatusLozenge';
import { usePortfolio } from '../PortfolioContext';
import { RecordItem } from './RecordItem';
import { SolutionLine } from './SolutionLine';

const itemStyle = xcss({
  borderInlineStartColor: 'color.border.brand',
  borderInlineStartStyle: 'solid',
  borderInlineStartWidth: 'border.width.selected',
  paddingInlineStart: 'space.150',
  marginBlockStart: 'space.0',
});

/** One business priority in full, with the solutions addressing it (from its market's detail). */
export function PriorityNode({ priority, solutions }: { priority: Priority; solutions: Solution[] }) {
  const { canManage, openDialog } = usePortfolio();
  const { shown, showMore } = useShowMore(solutions, 20);
  return (
    <RecordItem type="priority" id={priority.id} xcss={itemStyle}>
      <Stack space="space.075">
        <Inline spread="space-between" alignBlock="center" shouldWrap>
          <Inline space="space.100" alignBlock="center" shouldWrap>
            <Heading size="small" as="h3">
              {priority.title}
            </Heading>
            <LayerLozenge layer={priority.layer} />
            <StatusLozenge status={priority.status} />
            <Text size="small" color="color.text.subtle">
              Importance {priority.importance} of 5 ·{' '}
              {plural(priority.evidence.length, 'evidence entry', 'evidence entries')}
            </Text>
          </Inline>
          <Inline space="space.050">
            {canManage && (
              <Button
                spacing="compact"
                onClick={() => openDialog({ kind: 'solution', priorityIds: [priority.id] })}
              >
                Add solution
              </Button>
            )}
            <EntityActions
              name={`priority ${priority.title}`}
              onEdit={() => openDialog({ kind: 'priority', priority })}
              onDelete={() => openDialog({ kind: 'delete-priority', priority })}
            />
          </Inline>
        </Inline>
        <Text as="p" color="color.text.subtle">
          Outcome: {priority.outcome}
        </Text>
        {solutions.length === 0 ? (
          <Text color="color.text.warning">No solution addresses this priority yet.</Text>
        ) : (
          <PlainList space="space.050">
            {shown.map((solution) => (
              <SolutionLine key={solution.id} solution={solution} />
            ))}
          </PlainList>
        )}
        <ShowMoreButton shown={shown.length} total={solutions.length} noun="solutions" onClick={showMore} />
      </Stack>
    </RecordItem>
  );
}
