import { Text } from '@atlaskit/primitives';
import type { EpicSnapshot } from '../../../src/contract';

/** "3 of 8 child issues done" — the number readiness is computed from, in words. */
export function ChildProgress({ progress }: { progress: EpicSnapshot['children'] }) {
  if (progress.total === 0) {
    return (
      <Text size="small" color="color.text.subtle">
        No child issues yet
      </Text>
    );
  }
  return (
    <Text size="small" color="color.text.subtle">
      {progress.done} of {progress.total} child issues done
      {progress.inProgress > 0 ? `, ${progress.inProgress} in progress` : ''}
    </Text>
  );
}
