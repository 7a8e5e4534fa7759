import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import type { Market, Priority, Solution } from '../../../../src/contract';
import { humanize } from '../../../shared';

type Status = Market['status'] | Priority['status'] | Solution['status'];

const APPEARANCE: Record<Status, ThemeAppearance> = {
  target: 'success',
  explore: 'new',
  sustain: 'default',
  exit: 'removed',
  hypothesis: 'new',
  validated: 'success',
  retired: 'default',
  proposed: 'new',
  committed: 'inprogress',
  'in-delivery': 'inprogress',
  delivered: 'success',
  dropped: 'removed',
};

/** A record's status as an Atlaskit lozenge; the words carry the meaning, the colour only helps. */
export function StatusLozenge({ status }: { status: Status }) {
  return <Lozenge appearance={APPEARANCE[status]}>{humanize(status)}</Lozenge>;
}
