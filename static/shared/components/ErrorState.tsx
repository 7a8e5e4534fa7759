import Button from '@atlaskit/button/new';
import { Box } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { ResolverError } from '../client/ResolverError';

const TITLES: Record<ResolverError['code'], string> = {
  VALIDATION: 'Some details need correcting',
  NOT_FOUND: 'This no longer exists',
  CONFLICT: 'Someone else changed this',
  FORBIDDEN: 'You do not have permission',
  LIMIT: 'Too much at once',
  UNAVAILABLE: 'Market Layer is not available right now',
};

/** A failure in words, with the next step: "Reload" after a conflict, "Try again" otherwise. */
export function ErrorState({ error, onRetry }: { error: ResolverError; onRetry?: () => void }) {
  const retryLabel = error.code === 'CONFLICT' || error.code === 'NOT_FOUND' ? 'Reload' : 'Try again';
  const canRetry = onRetry && error.code !== 'FORBIDDEN' && error.code !== 'VALIDATION';
  return (
    <Box padding="space.100" role="alert">
      <SectionMessage
        appearance={error.code === 'FORBIDDEN' || error.code === 'VALIDATION' ? 'warning' : 'error'}
        title={TITLES[error.code]}
        actions={
          canRetry
            ? [
                <Button key="retry" onClick={onRetry}>
                  {retryLabel}
                </Button>,
              ]
            : []
        }
      >
        {error.message}
      </SectionMessage>
    </Box>
  );
}
