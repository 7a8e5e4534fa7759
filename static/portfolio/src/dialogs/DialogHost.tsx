import { useMemo, type Dispatch, type SetStateAction } from 'react';
import { LinkEpicDialog } from '../contributions/LinkEpicDialog';
import { MarketForm } from '../markets/MarketForm';
import { MatrixCellDialog } from '../matrix/cell/MatrixCellDialog';
import { PriorityForm } from '../priorities/PriorityForm';
import { SolutionFormLoader } from '../solutions/SolutionFormLoader';
import { DeleteRecord } from './DeleteRecord';
import type { DialogRequest } from './DialogRequest';
import { DialogScope } from './DialogScope';

function DialogFor({ request }: { request: DialogRequest }) {
  switch (request.kind) {
    case 'market':
      return <MarketForm market={request.market} />;
    case 'priority':
      return <PriorityForm priority={request.priority} marketId={request.marketId} />;
    case 'solution':
      return <SolutionFormLoader request={request} />;
    case 'link':
      return <LinkEpicDialog solutionId={request.solutionId} />;
    case 'cell':
      return <MatrixCellDialog request={request} />;
    default:
      return <DeleteRecord request={request} />;
  }
}

/** Renders the one open dialog, and closes it back to the dialog it was opened from. */
export function DialogHost({
  request,
  setDialog,
}: {
  request: DialogRequest;
  setDialog: Dispatch<SetStateAction<DialogRequest | null>>;
}) {
  // Closing twice (a confirm dialog closes itself after the save already closed it) closes once.
  const scope = useMemo(
    () => ({ close: () => setDialog((open) => (open === request ? (request.returnTo ?? null) : open)) }),
    [request, setDialog],
  );
  return (
    <DialogScope.Provider value={scope}>
      <DialogFor request={request} />
    </DialogScope.Provider>
  );
}
