import { Box } from '@atlaskit/primitives';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { ResolverError } from '../../../shared';

/**
 * Why a move did not land. A stale version (someone else changed the solution first) is not an
 * error of the person moving: the roadmap has already reloaded with their change.
 */
export function MoveError({ error, onDismiss }: { error: ResolverError; onDismiss: () => void }) {
  const stale = error.code === 'CONFLICT';
  return (
    <Box role="alert">
      <SectionMessage
        appearance={stale ? 'warning' : 'error'}
        title={stale ? 'Someone else changed this solution first' : 'The card was not moved'}
        actions={[
          <SectionMessageAction key="dismiss" onClick={onDismiss}>
            Dismiss
          </SectionMessageAction>,
        ]}
      >
        <p>
          {stale
            ? 'Nothing was overwritten: the roadmap now shows their version. Move the card again if you still want to.'
            : error.message}
        </p>
      </SectionMessage>
    </Box>
  );
}
