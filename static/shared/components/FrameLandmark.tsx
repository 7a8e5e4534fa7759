import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import { Box } from '@atlaskit/primitives';
import VisuallyHidden from '@atlaskit/visually-hidden';

/**
 * The main landmark and the h1 of a small frame whose visible title Jira draws outside it (a
 * dashboard gadget's header, the issue view's context label). A screen reader entering the frame
 * still hears what it is, and axe's one-main, one-h1 and region rules hold (issue 10).
 */
export function FrameLandmark({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box as="main">
      <VisuallyHidden>
        <Heading size="small" as="h1">
          {title}
        </Heading>
      </VisuallyHidden>
      {children}
    </Box>
  );
}
