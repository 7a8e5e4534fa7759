import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { Gap, GapKind } from '../../../../src/contract';
import { usePortfolio } from '../PortfolioContext';
import { PlainList } from '../../../shared';

const GROUPS: { kind: GapKind; title: string }[] = [
  { kind: 'priority-unaddressed', title: 'Business priorities no solution addresses' },
  { kind: 'market-without-executive-priority', title: 'Markets with no executive-level priority' },
  { kind: 'solution-without-epics', title: 'Solutions no product delivers yet' },
  { kind: 'priority-only-proposed', title: 'Priorities addressed only by proposed solutions' },
];

const itemStyle = xcss({ marginBlockStart: 'space.0' });

/** The step that closes a gap, for people who may manage. */
function GapAction({ gap }: { gap: Gap }) {
  const { index, canManage, openDialog } = usePortfolio();
  if (!canManage) return null;
  if (gap.kind === 'priority-unaddressed') {
    return (
      <Button spacing="compact" onClick={() => openDialog({ kind: 'solution', priorityIds: [gap.entityId] })}>
        Create a solution for it
      </Button>
    );
  }
  if (gap.kind === 'market-without-executive-priority') {
    return (
      <Button spacing="compact" onClick={() => openDialog({ kind: 'priority', marketId: gap.entityId })}>
        Add a priority
      </Button>
    );
  }
  const solution = gap.kind === 'solution-without-epics' ? index.solution.get(gap.entityId) : undefined;
  return solution ? (
    <Button spacing="compact" onClick={() => openDialog({ kind: 'link', solution })}>
      Link an epic
    </Button>
  ) : null;
}

/** Coverage gaps in plain language, grouped by what is missing. */
export function GapList() {
  const { view } = usePortfolio();
  if (view.gaps.length === 0) {
    return (
      <SectionMessage appearance="success" title="No coverage gaps">
        Every priority has a committed solution, every solution has epics, and every market has an
        executive-level priority.
      </SectionMessage>
    );
  }
  return (
    <Stack space="space.300">
      {GROUPS.map(({ kind, title }) => {
        const gaps = view.gaps.filter((gap) => gap.kind === kind);
        if (gaps.length === 0) return null;
        return (
          <Stack key={kind} space="space.100">
            <Heading size="small" as="h2">{`${title} (${gaps.length})`}</Heading>
            <PlainList space="space.100">
              {gaps.map((gap) => (
                <Box as="li" key={`${gap.kind}:${gap.entityId}`} xcss={itemStyle}>
                  <Inline space="space.100" alignBlock="center" shouldWrap>
                    <Text>{gap.message}</Text>
                    <GapAction gap={gap} />
                  </Inline>
                </Box>
              ))}
            </PlainList>
          </Stack>
        );
      })}
    </Stack>
  );
}
