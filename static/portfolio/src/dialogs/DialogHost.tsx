import { LinkEpicDialog } from '../contributions/LinkEpicDialog';
import { MarketForm } from '../markets/MarketForm';
import { PriorityForm } from '../priorities/PriorityForm';
import { SolutionForm } from '../solutions/SolutionForm';
import type { DialogRequest } from './DialogRequest';
import { DeleteRecord } from './DeleteRecord';

/** Renders the one open dialog. */
export function DialogHost({ request }: { request: DialogRequest }) {
  switch (request.kind) {
    case 'market':
      return <MarketForm market={request.market} />;
    case 'priority':
      return <PriorityForm priority={request.priority} marketId={request.marketId} />;
    case 'solution':
      return <SolutionForm solution={request.solution} priorityIds={request.priorityIds} />;
    case 'link':
      return <LinkEpicDialog solution={request.solution} />;
    default:
      return <DeleteRecord request={request} />;
  }
}
