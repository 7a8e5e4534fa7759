import { Text } from '@atlaskit/primitives';
import type { Scope } from './scope';

/** Which market the gadget shows, said first, so a dashboard of several gadgets reads clearly. */
export function ScopeLine({ scope, extra }: { scope: Scope; extra?: string }) {
  const market =
    scope.marketId === undefined
      ? 'All markets'
      : scope.marketName === null
        ? 'A market that no longer exists: edit the gadget to pick another'
        : (scope.marketName ?? 'One market');
  return (
    <Text as="p" size="small" color="color.text.subtle">
      {market}
      {extra ? ` · ${extra}` : ''}
    </Text>
  );
}
