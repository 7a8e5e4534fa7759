import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import { REGULAR, type MatrixLayout } from './layout';

// Positions change with the scroll, so cells are placed with inline styles; every colour is a
// design token, so light and dark themes both read well.

const cellBase: CSSProperties = {
  boxSizing: 'border-box',
  padding: token('space.100'),
  overflow: 'hidden',
};

/** A cell at `left` px in its row. */
export function placedCell(left: number, width: number, height = REGULAR.rowHeight): CSSProperties {
  return { ...cellBase, position: 'absolute', top: 0, left, width, height };
}

/** The solution column: stays at the left edge while the products scroll sideways. */
export function stickyCell(height = REGULAR.rowHeight, layout: MatrixLayout = REGULAR): CSSProperties {
  return {
    ...cellBase,
    position: 'sticky',
    left: 0,
    zIndex: 1,
    width: layout.nameWidth,
    height,
    background: token('elevation.surface'),
    borderInlineEnd: `1px solid ${token('color.border')}`,
  };
}

export function rowStyle(top: number, width: number, height = REGULAR.rowHeight): CSSProperties {
  return {
    position: 'absolute',
    top,
    left: 0,
    width,
    height,
    borderBlockEnd: `1px solid ${token('color.border')}`,
    boxSizing: 'border-box',
  };
}

/** The column headers: stay at the top while the rows scroll. */
export function headerRowStyle(width: number, height = REGULAR.headerHeight): CSSProperties {
  return {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    width,
    height,
    background: token('elevation.surface'),
    borderBlockEnd: `2px solid ${token('color.border')}`,
    boxSizing: 'border-box',
  };
}

export const headerText: CSSProperties = {
  display: 'block',
  color: token('color.text.subtle'),
  font: token('font.heading.xxsmall'),
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
};
