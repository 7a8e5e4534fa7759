import { Text } from '@atlaskit/primitives';
import type { ReactNode } from 'react';
import type { Gap } from '../../../../src/contract';
import { recordRoute } from '../route/recordRoute';
import { RouteLink } from '../route/RouteLink';

/**
 * A gap's sentence with each record it names (in double quotes, in order) as a link to that record
 * in the strategy tree: one click from "no epics yet" to the solution, keyboard-reachable as any
 * link. A name the message does not hold (never expected) is left as text.
 */
export function GapMessage({ gap, size }: { gap: Gap; size?: 'small' | 'medium' }) {
  const parts: ReactNode[] = [];
  let rest = gap.message;
  for (const record of gap.names) {
    const quoted = `"${record.name}"`;
    const at = rest.indexOf(quoted);
    if (at < 0) continue;
    parts.push(
      rest.slice(0, at + 1),
      <RouteLink key={`${record.type}:${record.id}`} route={recordRoute(record)}>
        {record.name}
      </RouteLink>,
    );
    rest = rest.slice(at + quoted.length - 1);
  }
  parts.push(rest);
  return <Text size={size}>{parts}</Text>;
}
