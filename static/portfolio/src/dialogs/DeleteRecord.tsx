import type { DeleteResult } from '../../../../src/contract';
import { ConfirmDelete, invoke } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';
import type { DialogRequest } from './DialogRequest';
import { useCloseDialog } from './DialogScope';
import { useAfterSave, useReloadAndClose } from './useAfterSave';

type DeleteRequest = Extract<DialogRequest, { kind: `delete-${string}` | 'unlink' }>;

function describe(request: DeleteRequest): {
  subject: string;
  done: string;
  run: (cascade: boolean) => Promise<DeleteResult>;
} {
  switch (request.kind) {
    case 'delete-market': {
      const { id, version, name } = request.market;
      return {
        subject: `market "${name}"`,
        done: `Market "${name}" deleted`,
        run: (cascade) => invoke('market.delete', { id, version, cascade }),
      };
    }
    case 'delete-priority': {
      const { id, version, title } = request.priority;
      return {
        subject: `priority "${title}"`,
        done: `Priority "${title}" deleted`,
        run: (cascade) => invoke('priority.delete', { id, version, cascade }),
      };
    }
    case 'delete-solution': {
      const { id, version, name } = request.solution;
      return {
        subject: `solution "${name}"`,
        done: `Solution "${name}" deleted`,
        run: (cascade) => invoke('solution.delete', { id, version, cascade }),
      };
    }
    case 'unlink': {
      const { id, version, epicKey } = request.contribution;
      return {
        subject: `the link to ${epicKey}`,
        done: `${epicKey} unlinked`,
        run: () => invoke('contribution.unlink', { id, version }),
      };
    }
  }
}

/**
 * Confirms a delete or an unlink; the shared dialog explains dependents and offers the cascade.
 * A large cascade answers with its background job: the page's running-work banner shows its
 * progress and reloads the page when it is done.
 */
export function DeleteRecord({ request }: { request: DeleteRequest }) {
  const { watchJobs } = usePortfolio();
  const afterSave = useAfterSave();
  const reloadAndClose = useReloadAndClose();
  const closeDialog = useCloseDialog();
  const { subject, done, run } = describe(request);
  return (
    <ConfirmDelete
      subject={subject}
      onDelete={async (cascade) => {
        const result = await run(cascade);
        if (result.job) watchJobs();
        await afterSave(result.job ? `Deleting ${subject} in the background` : done);
      }}
      onClose={closeDialog}
      onReload={reloadAndClose}
    />
  );
}
