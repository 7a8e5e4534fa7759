import type { ReactNode } from 'react';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import type { Space } from '@atlaskit/primitives';

// Real <ul>/<ol> and <li> so screen readers announce "list, 3 items"; the bullets and indent are visual noise.
const listStyles = xcss({ listStyle: 'none', paddingInlineStart: 'space.0', marginBlock: 'space.0' });
const itemStyles = xcss({ marginBlockStart: 'space.0' });

/** A list without bullets or indentation; `ordered` when the order means something (a ranking). */
export function PlainList({
  label,
  space = 'space.100',
  ordered = false,
  children,
}: {
  label?: string;
  space?: Space;
  ordered?: boolean;
  children: ReactNode;
}) {
  return (
    <Stack as={ordered ? 'ol' : 'ul'} space={space} xcss={listStyles} aria-label={label}>
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
