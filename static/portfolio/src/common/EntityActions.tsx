import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives';
import { usePortfolio } from '../PortfolioContext';

/** Edit and delete buttons for one record, only for people who may manage the market layer. */
export function EntityActions({
  name,
  onEdit,
  onDelete,
}: {
  name: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { canManage } = usePortfolio();
  if (!canManage) return null;
  return (
    <Inline space="space.050">
      <Button appearance="subtle" spacing="compact" onClick={onEdit} aria-label={`Edit ${name}`}>
        Edit
      </Button>
      <Button appearance="subtle" spacing="compact" onClick={onDelete} aria-label={`Delete ${name}`}>
        Delete
      </Button>
    </Inline>
  );
}
