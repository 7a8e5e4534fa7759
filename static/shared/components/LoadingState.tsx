import { Box, Inline, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';

/** A spinner with words, announced politely so screen-reader users know something is coming. */
export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <Box padding="space.300" role="status" aria-live="polite">
      <Inline space="space.100" alignBlock="center">
        <Spinner size="medium" label={label} />
        <Text color="color.text.subtle">{label}</Text>
      </Inline>
    </Box>
  );
}
