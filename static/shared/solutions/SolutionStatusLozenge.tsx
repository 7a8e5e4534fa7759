import Lozenge from '@atlaskit/lozenge';
import type { SolutionStatus } from '../../../src/contract';
import { SOLUTION_STATUS_APPEARANCE, SOLUTION_STATUS_LABELS } from '../labels';

export function SolutionStatusLozenge({ status }: { status: SolutionStatus }) {
  return (
    <Lozenge appearance={SOLUTION_STATUS_APPEARANCE[status]} isBold={status === 'in-delivery'}>
      {SOLUTION_STATUS_LABELS[status]}
    </Lozenge>
  );
}
