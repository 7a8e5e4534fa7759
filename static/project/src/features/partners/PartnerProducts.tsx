import Heading from '@atlaskit/heading';
import ProgressBar from '@atlaskit/progress-bar';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { PartnerProduct } from '../../../../../src/contract';
import { percent, plural, PlainList, PlainListItem } from '../../../../shared';

const barWidth = xcss({ width: '120px', flexShrink: 0 });

/**
 * The other products this solution ships with, and how ready each is. A partner the viewer
 * cannot browse has no key or name in the view: it is shown only as "a product you cannot view".
 */
export function PartnerProducts({ partners }: { partners: PartnerProduct[] }) {
  const named = partners.filter((p) => p.projectKey !== null);
  const unnamed = partners.filter((p) => p.projectKey === null);
  const unnamedEpics = unnamed.reduce((sum, p) => sum + p.contributionCount, 0);
  return (
    <Stack space="space.075">
      <Heading size="xxsmall" as="h4">
        Partner products
      </Heading>
      {partners.length === 0 && (
        <Text size="small" color="color.text.subtle">
          No other product contributes yet: this is a single-product solution so far.
        </Text>
      )}
      {named.length > 0 && (
        <PlainList label="Partner products">
          {named.map((p) => (
            <PlainListItem key={p.projectId}>
              <Inline space="space.100" alignBlock="center" shouldWrap>
                <Box xcss={barWidth}>
                  <ProgressBar
                    value={p.readiness}
                    ariaLabel={`${p.name ?? p.projectKey} readiness ${percent(p.readiness)}`}
                  />
                </Box>
                <Text weight="semibold">{p.name ?? p.projectKey}</Text>
                <Text size="small" color="color.text.subtle">
                  {p.projectKey} · {percent(p.readiness)} ready · {plural(p.contributionCount, 'epic')}
                </Text>
              </Inline>
            </PlainListItem>
          ))}
        </PlainList>
      )}
      {unnamed.length > 0 && (
        <Text size="small" color="color.text.subtlest">
          Also {plural(unnamed.length, 'product')} you cannot view ({plural(unnamedEpics, 'epic')}).
        </Text>
      )}
    </Stack>
  );
}
