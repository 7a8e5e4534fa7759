import Button from '@atlaskit/button/new';
import Modal, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import type { EpicSummary } from '../../../../../src/contract';
import { LinkSolutionFields, useLinkEpic, useResolver, type LinkableSolution } from '../../../../shared';

/**
 * Links one of this project's epics to a solution, with a line on what this product contributes.
 * The solution menu says what each one is for (market, priorities) and who delivers it with this
 * product (partner products by name), loaded when the modal opens; until then, names alone.
 */
export function LinkEpicModal({
  epic,
  projectId,
  solutions,
  onClose,
  onLinked,
}: {
  epic: EpicSummary;
  projectId: string;
  solutions: LinkableSolution[];
  onClose: () => void;
  onLinked: () => void;
}) {
  const choices = useResolver('solutions.choices', { projectId });
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
            <LinkSolutionFields form={form} solutions={solutions} choices={choices.data} />
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
