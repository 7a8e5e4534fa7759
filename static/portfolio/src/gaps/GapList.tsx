import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { PlainList } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';
import { FilterSelect } from '../route/FilterSelect';
import { useRoute } from '../route/RouteContext';
import { GapAction } from './GapAction';
import { GapMessage } from './GapMessage';
import { gapGroups } from './gapGroups';

const itemStyle = xcss({ marginBlockStart: 'space.0' });

/** Coverage gaps in plain language, grouped by what is missing; long groups end in "and N more". */
export function GapList() {
  const { summary } = usePortfolio();
  const { route } = useRoute();
  const all = gapGroups(summary);
  // The kind filter is in the URL, so "the gaps of this kind" can be sent as a link.
  const groups = all.filter((group) => !route.params.kind || group.kind === route.params.kind);
  if (all.length === 0) {
    return (
      <SectionMessage appearance="success" title="No coverage gaps">
        Every priority has a committed solution, every solution has epics, and every market has an
        executive-level priority.
      </SectionMessage>
    );
  }
  return (
    <Stack space="space.300">
      <FilterSelect
        param="kind"
        label="Kind of gap"
        options={all.map(({ kind, title, shown, more }) => ({
          value: kind,
          label: `${title} (${shown.length + more})`,
        }))}
        allLabel="Every kind"
      />
      {groups.map(({ kind, title, shown, more }) => (
        <Stack key={kind} space="space.100">
          <Heading size="small" as="h2">{`${title} (${shown.length + more})`}</Heading>
          <PlainList space="space.100">
            {shown.map((gap) => (
              <Box as="li" key={`${gap.kind}:${gap.entityId}`} xcss={itemStyle}>
                <Inline space="space.100" alignBlock="center" shouldWrap>
                  <GapMessage gap={gap} />
                  <GapAction gap={gap} />
                </Inline>
              </Box>
            ))}
          </PlainList>
          {more > 0 && (
            <Text color="color.text.subtle">
              and {more} more {more === 1 ? 'gap' : 'gaps'} of this kind, not listed here
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
