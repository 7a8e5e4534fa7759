import { RowActions } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';

/** Edit and delete for one record, only for people who may manage the market layer. */
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
    <RowActions
      name={name}
      actions={[
        { label: 'Edit', onClick: onEdit },
        { label: 'Delete', onClick: onDelete },
      ]}
    />
  );
}
