import Button from '@atlaskit/button/new';
import { Inline, Text, xcss } from '@atlaskit/primitives';
import type { Solution } from '../../../../src/contract';
import { humanize } from '../../../shared';
import { EntityActions } from '../common/EntityActions';
import { StatusLozenge } from '../common/StatusLozenge';
import { usePortfolio } from '../PortfolioContext';
import { RecordItem } from './RecordItem';

const itemStyle = xcss({ marginBlockStart: 'space.0' });

/**
 * One solution under a priority it addresses, with its next step: linking epics (anyone may try;
 * the backend allows it to those who may edit the epic or manage the market layer).
 */
export function SolutionLine({ solution }: { solution: Solution }) {
  const { openDialog } = usePortfolio();
  return (
    <RecordItem type="solution" id={solution.id} xcss={itemStyle}>
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <Text weight="medium">↳ {solution.name}</Text>
        <StatusLozenge status={solution.status} />
        <Text size="small" color="color.text.subtlest">
          Horizon: {humanize(solution.horizon)}
        </Text>
        <Button
          spacing="compact"
          onClick={() => openDialog({ kind: 'link', solutionId: solution.id })}
          aria-label={`Link epics to ${solution.name}`}
        >
          Link epics
        </Button>
        <EntityActions
          name={`solution ${solution.name}`}
          onEdit={() => openDialog({ kind: 'solution', solution })}
          onDelete={() => openDialog({ kind: 'delete-solution', solution })}
        />
      </Inline>
    </RecordItem>
  );
}
