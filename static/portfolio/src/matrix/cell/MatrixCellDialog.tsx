import Button from '@atlaskit/button/new';
import ModalDialog, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import { DetailView } from '../../data/DetailView';
import { useDetail } from '../../data/useDetails';
import type { DialogRequest } from '../../dialogs/DialogRequest';
import { useCloseDialog } from '../../dialogs/DialogScope';
import { usePortfolio } from '../../PortfolioContext';
import { CellEpics } from './CellEpics';

type CellRequest = Extract<DialogRequest, { kind: 'cell' }>;

/**
 * A matrix cell's drill-down (`matrix.cell`): the epics one product contributes to one solution,
 * with unlink and "link another epic" for people who may manage. Both come back here afterwards.
 */
export function MatrixCellDialog({ request }: { request: CellRequest }) {
  const { index, canManage, openDialog } = usePortfolio();
  const close = useCloseDialog();
  const { solutionId, projectId, productName } = request;
  const detail = useDetail('matrix.cell', { solutionId, projectId });
  const solutionName = index.solution.get(solutionId)?.name ?? 'this solution';
  return (
    <ModalTransition>
      <ModalDialog onClose={close} width="medium" shouldScrollInViewport>
        <ModalHeader>
          <ModalTitle>{`${productName} in "${solutionName}"`}</ModalTitle>
        </ModalHeader>
        <ModalBody>
          <DetailView state={detail} loadingLabel="Loading the epics…">
            {(data) => (
              <CellEpics
                detail={data}
                onUnlink={
                  canManage
                    ? (contribution) => openDialog({ kind: 'unlink', contribution, returnTo: request })
                    : undefined
                }
              />
            )}
          </DetailView>
        </ModalBody>
        <ModalFooter>
          {canManage && (
            <Button onClick={() => openDialog({ kind: 'link', solutionId, returnTo: request })}>
              Link another epic
            </Button>
          )}
          <Button appearance="primary" onClick={close}>
            Close
          </Button>
        </ModalFooter>
      </ModalDialog>
    </ModalTransition>
  );
}
