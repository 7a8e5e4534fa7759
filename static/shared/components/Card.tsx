import type { ReactNode } from 'react';
import { Box, Stack, xcss } from '@atlaskit/primitives';

const cardStyles = xcss({
  backgroundColor: 'elevation.surface.raised',
  boxShadow: 'elevation.shadow.raised',
  borderRadius: 'radius.large',
  padding: 'space.200',
});

/** A raised surface for one solution; tokens only, so it follows Jira's light and dark themes. */
export function Card({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box as="section" xcss={cardStyles} aria-label={label}>
      <Stack space="space.200">{children}</Stack>
    </Box>
  );
}
