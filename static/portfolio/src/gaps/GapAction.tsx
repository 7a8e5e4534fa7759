import Button from '@atlaskit/button/new';
import type { Gap } from '../../../../src/contract';
import { usePortfolio } from '../PortfolioContext';

/** The step that closes a gap, for people who may manage. */
export function GapAction({ gap }: { gap: Gap }) {
  const { canManage, openDialog } = usePortfolio();
  if (!canManage) return null;
  switch (gap.kind) {
    case 'priority-unaddressed':
      return (
        <Button
          spacing="compact"
          onClick={() => openDialog({ kind: 'solution', priorityIds: [gap.entityId] })}
        >
          Create a solution for it
        </Button>
      );
    case 'market-without-executive-priority':
      return (
        <Button spacing="compact" onClick={() => openDialog({ kind: 'priority', marketId: gap.entityId })}>
          Add a priority
        </Button>
      );
    case 'solution-without-epics':
      return (
        <Button spacing="compact" onClick={() => openDialog({ kind: 'link', solutionId: gap.entityId })}>
          Link an epic
        </Button>
      );
    default:
      return null;
  }
}
