import type { ReactNode } from 'react';
import { Box, xcss } from '@atlaskit/primitives';

// Real <ul>/<ol> and <li> so screen readers announce "list, 3 items"; the bullets and indent are visual noise.
// A Box rather than a Stack: Stack does not pass `aria-label` on, so a labelled list lost its name.
const listStyles = xcss({
  listStyle: 'none',
  paddingInlineStart: 'space.0',
  marginBlock: 'space.0',
  display: 'flex',
  flexDirection: 'column',
});
const itemStyles = xcss({ marginBlockStart: 'space.0' });

const GAPS = {
  'space.0': xcss({ gap: 'space.0' }),
  'space.050': xcss({ gap: 'space.050' }),
  'space.100': xcss({ gap: 'space.100' }),
  'space.150': xcss({ gap: 'space.150' }),
  'space.200': xcss({ gap: 'space.200' }),
  'space.300': xcss({ gap: 'space.300' }),
};

/** A list without bullets or indentation; `ordered` when the order means something (a ranking). */
export function PlainList({
  label,
  space = 'space.100',
  ordered = false,
  children,
}: {
  label?: string;
  space?: keyof typeof GAPS;
  ordered?: boolean;
  children: ReactNode;
}) {
  return (
    <Box as={ordered ? 'ol' : 'ul'} xcss={[listStyles, GAPS[space]]} aria-label={label}>
      {children}
    </Box>
  );
}

export function PlainListItem({ children }: { children: ReactNode }) {
  return (
    <Box as="li" xcss={itemStyles}>
      {children}
    </Box>
  );
}
