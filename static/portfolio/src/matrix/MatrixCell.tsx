import { Pressable, xcss } from '@atlaskit/primitives';
import type { CellSummary } from '../../../../src/contract';
import { percent, plural, ReadinessBar } from '../../../shared';
import { placedCell } from './cellStyles';
import { productsLeft, type MatrixLayout } from './layout';
import type { MatrixColumn } from './matrixColumns';

const countStyle = xcss({
  display: 'block',
  width: '100%',
  textAlign: 'start',
  paddingBlock: 'space.025',
  paddingInline: 'space.050',
  marginBlockEnd: 'space.050',
  borderRadius: 'radius.small',
  backgroundColor: 'color.background.neutral.subtle',
  color: 'color.link',
  font: 'font.body.small',
  fontWeight: 'font.weight.semibold',
  ':hover': { backgroundColor: 'color.background.neutral.subtle.hovered' },
  ':active': { backgroundColor: 'color.background.neutral.subtle.pressed' },
});

/**
 * One product's part in one solution, as counts: how many epics and how ready. The count is a
 * button (Tab reaches it, Enter opens it); a click anywhere in the cell opens the same drill-down.
 */
export function MatrixCell({
  cell,
  column,
  index,
  solutionName,
  onOpen,
  layout,
}: {
  cell: CellSummary;
  column: MatrixColumn;
  index: number;
  solutionName: string;
  onOpen: () => void;
  layout: MatrixLayout;
}) {
  const open = cell.openEpics > 0 ? `, ${cell.openEpics} open` : '';
  return (
    <div
      role="cell"
      aria-colindex={4 + index}
      style={placedCell(
        productsLeft(layout) + index * layout.productWidth,
        layout.productWidth,
        layout.rowHeight,
      )}
      onClick={onOpen}
    >
      <Pressable
        xcss={countStyle}
        onClick={(event) => {
          event.stopPropagation();
          onOpen();
        }}
        aria-label={`${column.label} in ${solutionName}: ${plural(cell.epics, 'epic')}${open}, ${percent(cell.readiness)} ready. Show the epics`}
      >
        {layout.compact
          ? `${cell.epics} · ${percent(cell.readiness)}`
          : `${plural(cell.epics, 'epic')}${open}`}
      </Pressable>
      {!layout.compact && <ReadinessBar readiness={cell.readiness} />}
    </div>
  );
}
