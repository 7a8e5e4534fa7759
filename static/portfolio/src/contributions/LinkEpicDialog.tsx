import Button from '@atlaskit/button/new';
import { ErrorMessage, Label } from '@atlaskit/form';
import ModalDialog, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import { Box, Stack, Text } from '@atlaskit/primitives';
import { RadioGroup } from '@atlaskit/radio';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import type { Solution } from '../../../../src/contract';
import { fieldError, FormError, useMutation } from '../../../shared';
import { useAfterSave, useReloadAndClose } from '../dialogs/useAfterSave';
import { usePortfolio } from '../PortfolioContext';
import { EpicSearch, type EpicResults } from './EpicSearch';

const placed = (path: string) => path === 'issue' || path === 'note';

/** Finds an epic (`epics.search`) and links it to a solution (`contribution.link`). */
export function LinkEpicDialog({ solution }: { solution: Solution }) {
  const { closeDialog } = usePortfolio();
  const link = useMutation('contribution.link');
  const afterSave = useAfterSave();
  const reloadAndClose = useReloadAndClose();
  const [results, setResults] = useState<EpicResults>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [note, setNote] = useState('');

  const submit = async () => {
    if (!chosen) return;
    const linked = await link.run({ solutionId: solution.id, issue: chosen, note });
    if (linked) await afterSave(`${linked.epicKey} now contributes to "${solution.name}"`);
  };

  const issueError = fieldError(link.error, 'issue');
  const noteError = fieldError(link.error, 'note');
  return (
    <ModalTransition>
      <ModalDialog onClose={closeDialog} width="medium" shouldScrollInViewport>
        <ModalHeader>
          <ModalTitle>Link an epic to "{solution.name}"</ModalTitle>
        </ModalHeader>
        <ModalBody>
          <Stack space="space.200">
            <FormError error={link.error} placed={placed} onReload={reloadAndClose} />
            <EpicSearch
              onResults={(found) => {
                setResults(found);
                setChosen(null);
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
                  onChange={(event) => setChosen(event.currentTarget.value)}
                  options={results.map((epic) => ({
                    name: 'epic',
                    value: epic.key,
                    label: `${epic.key} — ${epic.summary} (${epic.statusName})`,
                  }))}
                />
              </Box>
            )}
            {issueError && <ErrorMessage>{issueError}</ErrorMessage>}
            <Box>
              <Label htmlFor="contribution-note">What this product contributes (one line)</Label>
              <Textfield
                id="contribution-note"
                value={note}
                isInvalid={!!noteError}
                onChange={(event) => setNote(event.currentTarget.value)}
              />
              {noteError && <ErrorMessage>{noteError}</ErrorMessage>}
            </Box>
          </Stack>
        </ModalBody>
        <ModalFooter>
          <Button appearance="subtle" onClick={closeDialog}>
            Cancel
          </Button>
          <Button appearance="primary" onClick={submit} isDisabled={!chosen} isLoading={link.pending}>
            Link epic
          </Button>
        </ModalFooter>
      </ModalDialog>
    </ModalTransition>
  );
}
