import AtlaskitEmptyState from '@atlaskit/empty-state';
import type { ReactNode } from 'react';

/** Nothing to show yet, said kindly, with the one action that fixes it. */
export function EmptyState({
  header,
  description,
  action,
}: {
  header: string;
  description?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <AtlaskitEmptyState header={header} headingLevel={2} description={description} primaryAction={action} />
  );
}
