import Button from '@atlaskit/button/new';
import ModalDialog, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import { Stack } from '@atlaskit/primitives';
import { EpicPicker, LinkSolutionFields, useLinkEpic } from '../../../shared';
import { useCloseDialog } from '../dialogs/DialogScope';
import { useReloadAndClose } from '../dialogs/useAfterSave';
import { usePortfolio } from '../PortfolioContext';

const placedHere = (path: string) => path === 'issue';

/**
 * Finds an epic (EpicPicker: `epics.search`, a page at a time) and links it to a solution (`contribution.link`). The solutions
 * to choose from are the summary's briefs, so opening it costs nothing whatever the matrix holds.
 */
export function LinkEpicDialog({ solutionId }: { solutionId?: string }) {
  const { summary, index } = usePortfolio();
  const close = useCloseDialog();
  const reloadAndClose = useReloadAndClose();
  const nameOf = (id: string | null) => (id ? index.solution.get(id)?.name : undefined);
  const form = useLinkEpic({
    initial: { solutionId: solutionId ?? null, issue: null, note: '' },
    solutionLabel: (id) => `"${nameOf(id) ?? 'the solution'}"`,
    onLinked: reloadAndClose,
  });
  const chosenName = nameOf(form.request.solutionId);
  return (
    <ModalTransition>
      <ModalDialog onClose={close} width="medium" shouldScrollInViewport>
        <ModalHeader>
          <ModalTitle>
            {chosenName ? `Link an epic to "${chosenName}"` : 'Link an epic to a solution'}
          </ModalTitle>
        </ModalHeader>
        <ModalBody>
          <Stack space="space.200">
            <EpicPicker
              chosen={form.request.issue}
              onChoose={(issue) => form.change({ issue })}
              error={form.errors.issue}
            />
            <LinkSolutionFields form={form} solutions={summary.solutions} alsoPlaced={placedHere} />
          </Stack>
        </ModalBody>
        <ModalFooter>
          <Button appearance="subtle" onClick={close}>
            Cancel
          </Button>
          <Button
            appearance="primary"
            onClick={() => void form.submit()}
            isDisabled={!form.request.issue}
            isLoading={form.pending}
          >
            Link epic
          </Button>
        </ModalFooter>
      </ModalDialog>
    </ModalTransition>
  );
}
