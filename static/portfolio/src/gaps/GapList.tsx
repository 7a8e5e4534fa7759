import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { PlainList } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';
import { GapAction } from './GapAction';
import { gapGroups } from './gapGroups';

const itemStyle = xcss({ marginBlockStart: 'space.0' });

/** Coverage gaps in plain language, grouped by what is missing; long groups end in "and N more". */
export function GapList() {
  const { summary } = usePortfolio();
  const groups = gapGroups(summary);
  if (groups.length === 0) {
    return (
      <SectionMessage appearance="success" title="No coverage gaps">
        Every priority has a committed solution, every solution has epics, and every market has an
        executive-level priority.
      </SectionMessage>
    );
  }
  return (
    <Stack space="space.300">
      {groups.map(({ kind, title, shown, more }) => (
        <Stack key={kind} space="space.100">
          <Heading size="small" as="h2">{`${title} (${shown.length + more})`}</Heading>
          <PlainList space="space.100">
            {shown.map((gap) => (
              <Box as="li" key={`${gap.kind}:${gap.entityId}`} xcss={itemStyle}>
                <Inline space="space.100" alignBlock="center" shouldWrap>
                  <Text>{gap.message}</Text>
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
