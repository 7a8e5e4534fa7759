/**
 * The matrix is windowed: rows and product columns have fixed sizes, so what is on screen follows
 * from the scroll position alone and only that (plus a small overscan) is in the page. At 500
 * solutions × 500 products that keeps the page to a few thousand DOM nodes instead of 765,000.
 */
export const ROW_HEIGHT = 76;
export const HEADER_HEIGHT = 56;
/** The solution column, which stays in place when the products scroll sideways. */
const NAME_WIDTH = 280;
const INTEGRATION_WIDTH = 124;
const READINESS_WIDTH = 224;
export const PRODUCT_WIDTH = 156;
/** Where the first product column starts. */
export const PRODUCTS_LEFT = NAME_WIDTH + INTEGRATION_WIDTH + READINESS_WIDTH;
/**
 * The sizes one matrix is drawn at. Compact (issue 10) trades the bars for numbers so about twice
 * as many products fit beside the solution names at 1440 px, and rows take half the height.
 */
export interface MatrixLayout {
  compact: boolean;
  rowHeight: number;
  headerHeight: number;
  nameWidth: number;
  integrationWidth: number;
  readinessWidth: number;
  productWidth: number;
}

export const REGULAR: MatrixLayout = {
  compact: false,
  rowHeight: ROW_HEIGHT,
  headerHeight: HEADER_HEIGHT,
  nameWidth: NAME_WIDTH,
  integrationWidth: INTEGRATION_WIDTH,
  readinessWidth: READINESS_WIDTH,
  productWidth: PRODUCT_WIDTH,
};

export const COMPACT: MatrixLayout = {
  compact: true,
  rowHeight: 40,
  headerHeight: 40,
  nameWidth: 260,
  integrationWidth: 88,
  readinessWidth: 152,
  productWidth: 96,
};

/** Where the first product column starts in a layout. */
export const productsLeft = (layout: MatrixLayout) =>
  layout.nameWidth + layout.integrationWidth + layout.readinessWidth;

/** The scroll area's height cap. Pixels, not vh: Jira sizes an app's frame to its content. */
export const MAX_VIEWPORT_HEIGHT = 600;
const OVERSCAN_ROWS = 3;
const OVERSCAN_COLUMNS = 2;

export interface Viewport {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Before the first measurement: a typical page, so the first paint is already windowed. */
export const ASSUMED_VIEWPORT: Viewport = { top: 0, left: 0, width: 1200, height: MAX_VIEWPORT_HEIGHT };

export interface Range {
  /** First index shown. */
  start: number;
  /** One past the last index shown. */
  end: number;
}

/**
 * Which of `count` fixed-size items, laid out from `leading` px on, meet the window
 * [scroll, scroll + size), widened by `overscan` items each side.
 */
export function visibleRange(
  scroll: number,
  size: number,
  itemSize: number,
  count: number,
  overscan: number,
  leading = 0,
): Range {
  if (count <= 0) return { start: 0, end: 0 };
  const from = Math.floor((scroll - leading) / itemSize) - overscan;
  const to = Math.ceil((scroll - leading + size) / itemSize) + overscan;
  const start = Math.min(Math.max(from, 0), count);
  return { start, end: Math.min(Math.max(to, start), count) };
}

export function visibleRows(viewport: Viewport, rowCount: number, layout = REGULAR): Range {
  return visibleRange(
    viewport.top,
    viewport.height,
    layout.rowHeight,
    rowCount,
    OVERSCAN_ROWS,
    layout.headerHeight,
  );
}

export function visibleColumns(viewport: Viewport, columnCount: number, layout = REGULAR): Range {
  return visibleRange(
    viewport.left,
    viewport.width,
    layout.productWidth,
    columnCount,
    OVERSCAN_COLUMNS,
    productsLeft(layout),
  );
}

export function canvasSize(
  rowCount: number,
  columnCount: number,
  layout = REGULAR,
): { width: number; height: number } {
  return {
    width: productsLeft(layout) + columnCount * layout.productWidth,
    height: layout.headerHeight + rowCount * layout.rowHeight,
  };
}
