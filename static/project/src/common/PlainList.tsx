import type { ReactNode } from 'react';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import type { Space } from '@atlaskit/primitives';

// Real <ul>/<li> so screen readers announce "list, 3 items"; the bullets and indent are visual noise.
const listStyles = xcss({ listStyle: 'none', paddingInlineStart: 'space.0', marginBlock: 'space.0' });
const itemStyles = xcss({ marginBlockStart: 'space.0' });

export function PlainList({
  label,
  space = 'space.100',
  children,
}: {
  label?: string;
  space?: Space;
  children: ReactNode;
}) {
  return (
    <Stack as="ul" space={space} xcss={listStyles} aria-label={label}>
      {children}
    </Stack>
  );
}

export function PlainListItem({ children }: { children: ReactNode }) {
  return (
    <Box as="li" xcss={itemStyles}>
      {children}
    </Box>
  );
}
