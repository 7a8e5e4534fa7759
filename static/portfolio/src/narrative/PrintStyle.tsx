/**
 * The narrative's print-ready page (issue 10: a board deck starts from it): while the narrative is
 * open, printing leaves out the tabs, every button, the filters and the page's other controls
 * (marked `data-print="hide"`), and starts each market on a new page. A style element rather than
 * the bundle's CSS, so it applies only while this tab is shown.
 */
const PRINT_CSS = `
@media print {
  button, [role="tablist"], [data-print="hide"] { display: none !important; }
  [data-print="market"] + [data-print="market"] { break-before: page; }
  [data-print="priority"] { break-inside: avoid; }
}
`;

export function PrintStyle() {
  return <style>{PRINT_CSS}</style>;
}
