import { memo } from 'react';
import { headerRowStyle, headerText, placedCell, stickyCell } from './cellStyles';
import {
  HEADER_HEIGHT,
  INTEGRATION_WIDTH,
  NAME_WIDTH,
  PRODUCT_WIDTH,
  PRODUCTS_LEFT,
  READINESS_WIDTH,
} from './layout';
import type { MatrixColumn } from './matrixColumns';

/** Column headers: solution, integration, readiness, then the product columns in view. */
export const MatrixHeaderRow = memo(function MatrixHeaderRow({
  width,
  columns,
  firstColumn,
  endColumn,
}: {
  width: number;
  columns: MatrixColumn[];
  firstColumn: number;
  endColumn: number;
}) {
  const header = (left: number, cellWidth: number) => ({
    ...placedCell(left, cellWidth, HEADER_HEIGHT),
    display: 'flex',
    alignItems: 'flex-end',
  });
  return (
    <div role="rowgroup" style={headerRowStyle(width)}>
      <div role="row" aria-rowindex={1} style={{ position: 'relative', height: '100%' }}>
        <div
          role="columnheader"
          aria-colindex={1}
          style={{ ...stickyCell(HEADER_HEIGHT), display: 'flex', alignItems: 'flex-end' }}
        >
          <span style={headerText}>Solution</span>
        </div>
        <div role="columnheader" aria-colindex={2} style={header(NAME_WIDTH, INTEGRATION_WIDTH)}>
          <span style={headerText}>Integration</span>
        </div>
        <div
          role="columnheader"
          aria-colindex={3}
          style={header(NAME_WIDTH + INTEGRATION_WIDTH, READINESS_WIDTH)}
        >
          <span style={headerText}>Readiness</span>
        </div>
        {columns.slice(firstColumn, endColumn).map((column, at) => {
          const index = firstColumn + at;
          return (
            <div
              role="columnheader"
              aria-colindex={4 + index}
              key={column.projectId}
              style={header(PRODUCTS_LEFT + index * PRODUCT_WIDTH, PRODUCT_WIDTH)}
              title={column.label}
            >
              <span style={headerText}>{column.label}</span>
            </div>
          );
        })}
      </div>
    </div>
  );
});
