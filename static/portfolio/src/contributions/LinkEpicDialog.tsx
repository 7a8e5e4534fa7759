import Button from '@atlaskit/button/new';
import { ErrorMessage } from '@atlaskit/form';
import ModalDialog, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import { Box, Stack, Text } from '@atlaskit/primitives';
import { RadioGroup } from '@atlaskit/radio';
import { useState } from 'react';
import type { Solution } from '../../../../src/contract';
import { ContributionNoteField, FormError, useLinkEpic } from '../../../shared';
import { useReloadAndClose } from '../dialogs/useAfterSave';
import { usePortfolio } from '../PortfolioContext';
import { EpicSearch, type EpicResults } from './EpicSearch';

const placed = (path: string) => path === 'issue' || path === 'note';

/** Finds an epic (`epics.search`) and links it to a solution (`contribution.link`). */
export function LinkEpicDialog({ solution }: { solution: Solution }) {
  const { closeDialog } = usePortfolio();
  const reloadAndClose = useReloadAndClose();
  const [results, setResults] = useState<EpicResults>([]);
  const form = useLinkEpic({
    initial: { solutionId: solution.id, issue: null, note: '' },
    solutionLabel: () => `"${solution.name}"`,
    onLinked: reloadAndClose,
  });
  const chosen = form.request.issue;
  return (
    <ModalTransition>
      <ModalDialog onClose={closeDialog} width="medium" shouldScrollInViewport>
        <ModalHeader>
          <ModalTitle>Link an epic to "{solution.name}"</ModalTitle>
        </ModalHeader>
        <ModalBody>
          <Stack space="space.200">
            <FormError error={form.error} placed={placed} onReload={reloadAndClose} />
            <EpicSearch
              onResults={(found) => {
                setResults(found);
                form.change({ issue: null });
              }}
            />
            {results.length > 0 && (
              <Box role="group" aria-labelledby="epic-choice-label">
                <Text id="epic-choice-label" weight="semibold">
                  Choose the epic
                </Text>
                <RadioGroup
                  labelId="epic-choice-label"
                  value={chosen}
                  onChange={(event) => form.change({ issue: event.currentTarget.value })}
                  options={results.map((epic) => ({
                    name: 'epic',
                    value: epic.key,
                    label: `${epic.key} — ${epic.summary} (${epic.statusName})`,
                  }))}
                />
              </Box>
            )}
            {form.errors.issue && <ErrorMessage>{form.errors.issue}</ErrorMessage>}
            <ContributionNoteField
              label="What this product contributes (one line)"
              value={form.request.note}
              onChange={(note) => form.change({ note })}
              error={form.errors.note}
            />
          </Stack>
        </ModalBody>
        <ModalFooter>
          <Button appearance="subtle" onClick={closeDialog}>
            Cancel
          </Button>
          <Button
            appearance="primary"
            onClick={() => void form.submit()}
            isDisabled={!chosen}
            isLoading={form.pending}
          >
            Link epic
          </Button>
        </ModalFooter>
      </ModalDialog>
    </ModalTransition>
  );
}
