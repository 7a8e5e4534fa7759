import { Box, xcss } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

const cardStyle = xcss({
  backgroundColor: 'elevation.surface.raised',
  boxShadow: 'elevation.shadow.raised',
  borderRadius: 'radius.medium',
  padding: 'space.200',
  width: '100%',
});

/** A raised surface for one market, priority group or product. */
export function Card({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <Box xcss={cardStyle} as="section" aria-label={label}>
      {children}
    </Box>
  );
}
