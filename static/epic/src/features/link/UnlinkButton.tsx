import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { Contribution } from '../../../../../src/contract';
import { RowActions, useMutation, useFlag } from '../../../../shared';

/**
 * Unlinks in two steps, inline: a modal would be cramped in an issue panel, and asking
 * first keeps one slip of the keyboard from removing a link someone made on purpose.
 */
export function UnlinkButton({
  contribution,
  solutionName,
  onUnlinked,
}: {
  contribution: Contribution;
  solutionName: string;
  onUnlinked: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const unlink = useMutation('contribution.unlink');
  const flag = useFlag();

  const confirm = async () => {
    const done = await unlink.run({ id: contribution.id, version: contribution.version });
    if (!done) return;
    flag(`${contribution.epicKey} no longer contributes to ${solutionName}`);
    onUnlinked();
  };

  if (!confirming) {
    return (
      <Inline>
        <RowActions
          name={`the link to ${solutionName}`}
          actions={[{ label: 'Unlink from this solution', onClick: () => setConfirming(true) }]}
        />
      </Inline>
    );
  }
  const stale = unlink.error?.isStale === true;
  return (
    <Stack space="space.100">
      <Text role="alert">
        {unlink.error
          ? stale
            ? 'Someone changed this link since you loaded it. Reload to see their change.'
            : unlink.error.message
          : `Unlink ${contribution.epicKey} from ${solutionName}? Its note is removed too.`}
      </Text>
      <Inline space="space.100">
        {stale ? (
          <Button appearance="primary" onClick={onUnlinked}>
            Reload
          </Button>
        ) : (
          <Button appearance="danger" autoFocus isLoading={unlink.pending} onClick={() => void confirm()}>
            Unlink
          </Button>
        )}
        <Button appearance="subtle" onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </Inline>
    </Stack>
  );
}
