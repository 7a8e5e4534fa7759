import type { DialogRequest } from '../dialogs/DialogRequest';
import { PendingDialog } from '../dialogs/PendingDialog';
import { useDetail } from '../data/useDetails';
import { SolutionForm } from './SolutionForm';
import { usePriorityChoices } from './usePriorityChoices';

type SolutionRequest = Extract<DialogRequest, { kind: 'solution' }>;

/**
 * Loads what the solution form needs before showing it: the priorities to choose from, and, when
 * editing a solution the page knows only by its brief (ranking), the full solution with its version.
 */
export function SolutionFormLoader({ request }: { request: SolutionRequest }) {
  const solutionId = request.solution ? null : (request.solutionId ?? null);
  const detail = useDetail('solution.detail', solutionId ? { solutionId } : null);
  const choices = usePriorityChoices(detail.data?.priorities);
  const solution = request.solution ?? detail.data?.solution;
  const editing = Boolean(request.solution || request.solutionId);

  if (!choices.groups || (solutionId && !solution)) {
    const error = detail.error ?? choices.error;
    return (
      <PendingDialog
        title={editing ? 'Edit solution' : 'Create solution'}
        label="Loading business priorities…"
        error={error}
        onRetry={() => {
          if (detail.error) detail.retry();
          if (choices.error) choices.retry();
        }}
      />
    );
  }
  return <SolutionForm solution={solution} priorityIds={request.priorityIds} groups={choices.groups} />;
}
