import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Modal, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import type { EpicSummary } from '../../../../../src/contract';
import {
  fieldError,
  FormError,
  useMutation,
  useToast,
  LinkSolutionFields,
  type LinkableSolution,
  type LinkDraft,
} from '../../../../shared';

const PLACED = new Set(['solutionId', 'note']);

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
  const [draft, setDraft] = useState<LinkDraft>({ solutionId: null, note: '' });
  const [missingSolution, setMissingSolution] = useState(false);
  const link = useMutation('contribution.link');
  const toast = useToast();

  const submit = async () => {
    if (!draft.solutionId) {
      setMissingSolution(true);
      return;
    }
    const saved = await link.run({ solutionId: draft.solutionId, issue: epic.key, note: draft.note });
    if (!saved) return;
    const name = solutions.find((s) => s.id === draft.solutionId)?.name ?? 'the solution';
    toast(`${epic.key} now contributes to ${name}`);
    onLinked();
  };

  const errors = {
    solutionId:
      missingSolution && !draft.solutionId ? 'Choose a solution' : fieldError(link.error, 'solutionId'),
    note: fieldError(link.error, 'note'),
  };
  return (
    <ModalTransition>
      <Modal onClose={onClose} width="medium">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <ModalHeader>
            <ModalTitle>Link {epic.key} to a solution</ModalTitle>
          </ModalHeader>
          <ModalBody>
            <FormError error={link.error} placed={(path) => PLACED.has(path)} />
            <LinkSolutionFields solutions={solutions} draft={draft} onChange={setDraft} errors={errors} />
          </ModalBody>
          <ModalFooter>
            <Button appearance="subtle" onClick={onClose}>
              Cancel
            </Button>
            <Button appearance="primary" type="submit" isLoading={link.pending}>
              Link epic
            </Button>
          </ModalFooter>
        </form>
      </Modal>
    </ModalTransition>
  );
}
