import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { memo } from 'react';
import type { MatrixRowSummary, SolutionBrief } from '../../../../src/contract';
import { percent, plural, ReadinessBar } from '../../../shared';
import { StatusLozenge } from '../common/StatusLozenge';
import { placedCell, rowStyle, stickyCell } from './cellStyles';
import type { MatrixLayout } from './layout';
import { MatrixCell } from './MatrixCell';
import type { MatrixColumn } from './matrixColumns';

export interface RowActions {
  canManage: boolean;
  onLink: (solutionId: string) => void;
  onOpenCell: (solutionId: string, column: MatrixColumn) => void;
}

/** The solution's name, rank and status, and (for managers) linking an epic to it. */
function SolutionHeader({
  solution,
  canManage,
  onLink,
}: {
  solution: SolutionBrief;
  canManage: boolean;
  onLink: () => void;
}) {
  return (
    <Stack space="space.050">
      <Text weight="semibold" maxLines={1}>
        {solution.rank !== null ? `${solution.rank}. ` : ''}
        {solution.name}
      </Text>
      <Inline space="space.100" alignBlock="center">
        <StatusLozenge status={solution.status} />
        {canManage && (
          <Button
            spacing="compact"
            appearance="subtle"
            onClick={onLink}
            aria-label={`Link epic to ${solution.name}`}
          >
            Link epic
          </Button>
        )}
      </Inline>
    </Stack>
  );
}

/**
 * One solution across the products: integration index, readiness, and a cell for each product in
 * view that contributes. Products that contribute nothing get no cell at all (the matrix is sparse).
 */
export const MatrixRowView = memo(function MatrixRowView({
  index,
  width,
  row,
  solution,
  columns,
  firstColumn,
  endColumn,
  actions,
  layout,
}: {
  index: number;
  width: number;
  row: MatrixRowSummary | undefined;
  solution: SolutionBrief | undefined;
  columns: MatrixColumn[];
  /** The product columns in view: [firstColumn, endColumn). */
  firstColumn: number;
  endColumn: number;
  actions: RowActions;
  layout: MatrixLayout;
}) {
  const { rowHeight, nameWidth, integrationWidth, readinessWidth } = layout;
  const style = rowStyle(index * rowHeight, width, rowHeight);
  const sticky = stickyCell(rowHeight, layout);
  if (!row || !solution) {
    return (
      <div role="row" aria-rowindex={index + 2} style={style}>
        <div role="rowheader" aria-colindex={1} style={sticky}>
          <Text color="color.text.subtlest">{row ? 'Updating…' : 'Loading…'}</Text>
        </div>
      </div>
    );
  }
  const cells = new Map(row.cells.map((cell) => [cell.projectId, cell]));
  return (
    <div role="row" aria-rowindex={index + 2} style={style}>
      <div role="rowheader" aria-colindex={1} style={sticky}>
        {layout.compact ? (
          <Text weight="semibold" maxLines={1}>
            {solution.rank !== null ? `${solution.rank}. ` : ''}
            {solution.name}
          </Text>
        ) : (
          <SolutionHeader
            solution={solution}
            canManage={actions.canManage}
            onLink={() => actions.onLink(solution.id)}
          />
        )}
      </div>
      <div role="cell" aria-colindex={2} style={placedCell(nameWidth, integrationWidth, rowHeight)}>
        <Stack space="space.050">
          <Text size={layout.compact ? 'small' : 'medium'}>{plural(row.integrationIndex, 'product')}</Text>
          {row.singleProduct && !layout.compact && <Lozenge appearance="removed">Single product</Lozenge>}
        </Stack>
      </div>
      <div
        role="cell"
        aria-colindex={3}
        style={placedCell(nameWidth + integrationWidth, readinessWidth, rowHeight)}
      >
        {layout.compact ? (
          <Text size="small">
            {row.readiness.weakest === null
              ? 'No epics yet'
              : `Weakest ${percent(row.readiness.weakest)} · avg ${percent(row.readiness.average)}`}
          </Text>
        ) : (
          <ReadinessBar readiness={row.readiness} />
        )}
      </div>
      {columns.slice(firstColumn, endColumn).map((column, at) => {
        const cell = cells.get(column.projectId);
        if (!cell || cell.epics === 0) return null;
        return (
          <MatrixCell
            key={column.projectId}
            cell={cell}
            column={column}
            index={firstColumn + at}
            solutionName={solution.name}
            onOpen={() => actions.onOpenCell(solution.id, column)}
            layout={layout}
          />
        );
      })}
    </div>
  );
});
