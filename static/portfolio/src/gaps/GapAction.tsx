import Button from '@atlaskit/button/new';
import type { Gap } from '../../../../src/contract';
import { usePortfolio } from '../PortfolioContext';

/**
 * The step that closes a gap. Linking an epic is open to anyone who may edit it (the backend
 * checks); creating records needs "Manage market layer".
 */
export function GapAction({ gap }: { gap: Gap }) {
  const { canManage, openDialog } = usePortfolio();
  if (gap.kind === 'solution-without-epics')
    return (
      <Button spacing="compact" onClick={() => openDialog({ kind: 'link', solutionId: gap.entityId })}>
        Link an epic
      </Button>
    );
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
    case 'priority-only-proposed':
      // Only proposed solutions address it: a committed one closes the gap.
      return (
        <Button
          spacing="compact"
          onClick={() => openDialog({ kind: 'solution', priorityIds: [gap.entityId] })}
        >
          Create a committed solution
        </Button>
      );
  }
}
