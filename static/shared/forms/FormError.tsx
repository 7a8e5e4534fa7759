import Button from '@atlaskit/button/new';
import { Box } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { ResolverError } from '../client/ResolverError';
import { unplacedFieldErrors } from './fieldErrors';

/**
 * The part of a save error that belongs to no single field: a stale-version conflict (offer to
 * reload rather than overwrite someone's work), a permission problem, or messages for hidden fields.
 */
export function FormError({
  error,
  placed,
  onReload,
}: {
  error: ResolverError | null;
  /** Whether a field on this form shows `path` itself. */
  placed: (path: string) => boolean;
  onReload?: () => void;
}) {
  if (!error) return null;
  const leftover = unplacedFieldErrors(error, placed);
  if (error.code === 'VALIDATION' && error.fields && leftover.length === 0) return null;
  const stale = error.code === 'CONFLICT';
  return (
    <Box paddingBlockEnd="space.200" role="alert">
      <SectionMessage
        appearance={stale ? 'warning' : 'error'}
        title={stale ? 'Someone else saved a change first' : undefined}
        actions={
          stale && onReload
            ? [
                <Button key="reload" onClick={onReload}>
                  Reload latest
                </Button>,
              ]
            : []
        }
      >
        <p>
          {stale
            ? 'To avoid overwriting their work, reload the latest version and make your change again.'
            : error.message}
        </p>
        {leftover.length > 0 && (
          <ul>
            {leftover.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </SectionMessage>
    </Box>
  );
}
