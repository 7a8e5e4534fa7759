import Button from '@atlaskit/button/new';
import Modal, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import type { EpicSummary } from '../../../../../src/contract';
import { LinkSolutionFields, useLinkEpic, type LinkableSolution } from '../../../../shared';

/** Links one of this project's epics to a solution, with a line on what this product contributes. */
export function LinkEpicModal({
  epic,
  solutions,
  onClose,
  onLinked,
}: {
  epic: EpicSummary;
  solutions: LinkableSolution[];
  onClose: () => void;
  onLinked: () => void;
}) {
  const form = useLinkEpic({
    initial: { solutionId: null, issue: epic.key, note: '' },
    solutionLabel: (id) => solutions.find((s) => s.id === id)?.name ?? 'the solution',
    onLinked,
  });
  return (
    <ModalTransition>
      <Modal onClose={onClose} width="medium">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void form.submit();
          }}
        >
          <ModalHeader>
            <ModalTitle>Link {epic.key} to a solution</ModalTitle>
          </ModalHeader>
          <ModalBody>
            <LinkSolutionFields form={form} solutions={solutions} />
          </ModalBody>
          <ModalFooter>
            <Button appearance="subtle" onClick={onClose}>
              Cancel
            </Button>
            <Button appearance="primary" type="submit" isLoading={form.pending}>
              Link epic
            </Button>
          </ModalFooter>
        </form>
      </Modal>
    </ModalTransition>
  );
}
