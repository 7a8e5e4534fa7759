import Button from '@atlaskit/button/new';
import Modal, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import { Stack, Text } from '@atlaskit/primitives';
import type { BackupCounts } from '../../../../../src/contract';
import { countsText } from './countsText';

/** Import replaces everything; say so plainly, with what is there now and what will be there after. */
export function ImportConfirmModal({
  fileName,
  current,
  incoming,
  onConfirm,
  onCancel,
}: {
  fileName: string;
  current: BackupCounts;
  incoming: BackupCounts;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ModalTransition>
      <Modal onClose={onCancel} width="medium">
        <ModalHeader>
          <ModalTitle appearance="warning">Replace all Market Layer data?</ModalTitle>
        </ModalHeader>
        <ModalBody>
          <Stack space="space.150">
            <Text as="p">
              Importing {fileName} deletes every market, business priority, solution, contribution and product
              record, and the settings, and puts the backup&apos;s contents in their place. Nothing is merged.
            </Text>
            <Text as="p">Now: {countsText(current)}.</Text>
            <Text as="p">After the import: {countsText(incoming)}.</Text>
            <Text as="p" weight="semibold">
              This cannot be undone. Export a backup first if you may need today&apos;s data.
            </Text>
          </Stack>
        </ModalBody>
        <ModalFooter>
          <Button appearance="subtle" onClick={onCancel} autoFocus>
            Cancel
          </Button>
          <Button appearance="warning" onClick={onConfirm}>
            Replace everything
          </Button>
        </ModalFooter>
      </Modal>
    </ModalTransition>
  );
}
