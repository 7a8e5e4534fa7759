import { Text } from '@atlaskit/primitives';

/** Contributions the viewer may not browse: only their number, never a key or a title. */
export function HiddenCount({ count, noun = 'contribution' }: { count: number; noun?: string }) {
  if (count <= 0) return null;
  return (
    <Text color="color.text.subtlest" size="small">
      {count} {count === 1 ? noun : `${noun}s`} in projects you cannot view
    </Text>
  );
}
