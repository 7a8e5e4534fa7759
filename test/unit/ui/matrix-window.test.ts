import {
  canvasSize,
  COMPACT,
  HEADER_HEIGHT,
  PRODUCT_WIDTH,
  PRODUCTS_LEFT,
  productsLeft,
  REGULAR,
  ROW_HEIGHT,
  visibleColumns,
  visibleRange,
  visibleRows,
} from '../../../static/portfolio/src/matrix/layout';

test('only the items meeting the window, plus the overscan, are shown', () => {
  // 10 px items, window 25..55 → items 2..5 meet it; overscan 1 adds one each side.
  expect(visibleRange(25, 30, 10, 100, 1)).toEqual({ start: 1, end: 7 });
  expect(visibleRange(0, 30, 10, 100, 2)).toEqual({ start: 0, end: 5 });
});

test('the range never leaves the list, and an empty list shows nothing', () => {
  expect(visibleRange(0, 600, 10, 3, 2)).toEqual({ start: 0, end: 3 });
  expect(visibleRange(10_000, 600, 10, 50, 2)).toEqual({ start: 50, end: 50 });
  expect(visibleRange(0, 600, 10, 0, 2)).toEqual({ start: 0, end: 0 });
});

test('space before the first item (the header, the fixed columns) is allowed for', () => {
  expect(visibleRange(0, 100, 10, 100, 0, 50)).toEqual({ start: 0, end: 5 });
});

test('at 500 solutions × 500 products a typical viewport shows a few dozen rows and columns, not thousands', () => {
  const viewport = { top: 250 * ROW_HEIGHT, left: 200 * PRODUCT_WIDTH, width: 1350, height: 600 };
  const rows = visibleRows(viewport, 500);
  const columns = visibleColumns(viewport, 500);
  expect(rows.end - rows.start).toBeLessThanOrEqual(Math.ceil(600 / ROW_HEIGHT) + 8);
  expect(columns.end - columns.start).toBeLessThanOrEqual(Math.ceil(1350 / PRODUCT_WIDTH) + 6);
  // The rows shown are the ones under the scroll position.
  expect(rows.start * ROW_HEIGHT + HEADER_HEIGHT).toBeLessThanOrEqual(viewport.top);
  expect(PRODUCTS_LEFT + columns.start * PRODUCT_WIDTH).toBeLessThanOrEqual(viewport.left);
});

test('the compact matrix fits about twice the products beside the names at 1440 px, and half-height rows', () => {
  // The matrix region at 1440 px: the window less Jira's sidebar and the page's padding.
  const viewport = { top: 0, left: 0, width: 1140, height: 600 };
  const beside = (layout: typeof REGULAR) =>
    Math.floor((viewport.width - productsLeft(layout)) / layout.productWidth);
  expect(beside(REGULAR)).toBe(3);
  expect(beside(COMPACT)).toBe(6);
  expect(canvasSize(500, 500, COMPACT).height).toBeLessThan(canvasSize(500, 500, REGULAR).height / 1.5);
  // Windowing follows the layout's sizes: still a screenful of rows, not the whole matrix.
  const rows = visibleRows(viewport, 500, COMPACT);
  expect(rows.end - rows.start).toBeLessThanOrEqual(Math.ceil(600 / COMPACT.rowHeight) + 8);
  expect(visibleColumns(viewport, 500, COMPACT).end).toBeLessThanOrEqual(beside(COMPACT) + 3);
});
