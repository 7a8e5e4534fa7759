import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';

/** A section title with an optional one-line explanation of what the section answers. */
export function SectionHeading({
  id,
  title,
  level = 'h2',
  children,
}: {
  id?: string;
  title: string;
  level?: 'h2' | 'h3';
  children?: ReactNode;
}) {
  return (
    <Stack space="space.050">
      <Heading id={id} size={level === 'h2' ? 'medium' : 'small'} as={level}>
        {title}
      </Heading>
      {children && <Text color="color.text.subtle">{children}</Text>}
    </Stack>
  );
}
