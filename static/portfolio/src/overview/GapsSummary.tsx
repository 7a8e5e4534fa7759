import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { PlainList } from '../../../shared';
import { GapAction } from '../gaps/GapAction';
import { GapMessage } from '../gaps/GapMessage';
import { gapGroups, gapTotal } from '../gaps/gapGroups';
import { usePortfolio } from '../PortfolioContext';
import { useOpenTab } from '../route/RouteContext';
import { OverviewSection } from './OverviewSection';

/** Gaps of each kind the overview lists; the kind's count and the Gaps tab have the rest. */
const OVERVIEW_GAPS_PER_KIND = 2;

const itemStyle = xcss({ marginBlockStart: 'space.0' });

/** What is missing, by kind, each with the step that closes it and a link to every gap of its kind. */
export function GapsSummary() {
  const { summary } = usePortfolio();
  const openTab = useOpenTab();
  const groups = gapGroups(summary);
  const total = gapTotal(summary.gapCounts);
  return (
    <OverviewSection
      title="Gaps to act on"
      question="Priorities nobody serves, markets without an executive voice, solutions no product delivers"
      shown={`${total} ${total === 1 ? 'gap' : 'gaps'}`}
      tab="gaps"
      tabLabel="Open gaps"
    >
      {groups.length === 0 ? (
        <SectionMessage appearance="success" title="No coverage gaps">
          Every priority has a committed solution and every solution has epics.
        </SectionMessage>
      ) : (
        <Stack space="space.200">
          {groups.map(({ kind, title, shown, more }) => {
            const count = shown.length + more;
            const listed = shown.slice(0, OVERVIEW_GAPS_PER_KIND);
            return (
              <Stack key={kind} space="space.075">
                <Inline space="space.100" alignBlock="center" spread="space-between">
                  <Text weight="semibold">{`${title} (${count})`}</Text>
                  {count > listed.length && (
                    <Button spacing="compact" appearance="subtle" onClick={() => openTab('gaps', { kind })}>
                      {`All ${count}`}
                    </Button>
                  )}
                </Inline>
                <PlainList space="space.050">
                  {listed.map((gap) => (
                    <Box as="li" key={gap.entityId} xcss={itemStyle}>
                      <Inline space="space.100" alignBlock="center" shouldWrap>
                        <GapMessage gap={gap} size="small" />
                        <GapAction gap={gap} />
                      </Inline>
                    </Box>
                  ))}
                </PlainList>
              </Stack>
            );
          })}
        </Stack>
      )}
    </OverviewSection>
  );
}
