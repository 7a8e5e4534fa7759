import Button from '@atlaskit/button/new';
import { Box, Inline, Text } from '@atlaskit/primitives';

/** "Showing 50 of 480" with the button that shows the next step. */
export function ShowMoreButton({
  shown,
  total,
  noun,
  onClick,
}: {
  shown: number;
  total: number;
  noun: string;
  onClick: () => void;
}) {
  if (shown >= total) return null;
  return (
    <Box aria-live="polite" paddingBlockStart="space.100">
      <Inline space="space.150" alignBlock="center">
        <Text color="color.text.subtle">
          Showing {shown} of {total} {noun}
        </Text>
        <Button onClick={onClick}>Show more</Button>
      </Inline>
    </Box>
  );
}
