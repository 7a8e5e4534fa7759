import type { Timing } from './harness';

/** Console output of the benchmarks: one table per suite, ratios with a plain-words verdict. */

export function formatMs(ms: number): string {
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(0)} µs`;
}

export function heading(title: string): void {
  console.log(`\n## ${title}\n`);
}

export function note(text: string): void {
  console.log(`  ${text}`);
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
}

export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  console.log(`  ${pad(header, widths)}`);
  for (const row of rows) console.log(`  ${pad(row, widths)}`);
}

/**
 * How time grows with size: the ratio of medians and the growth exponent k in time ∝ size^k
 * (0 flat, 1 linear, 2 quadratic), so "4× the data took 15×" reads as "quadratic" at a glance.
 */
function growth(small: number, large: number, sizeFactor: number): { ratio: number; exponent: number } {
  const ratio = large / small;
  return { ratio, exponent: Math.log(ratio) / Math.log(sizeFactor) };
}

function verdict(exponent: number): string {
  if (exponent < 0.35) return 'flat';
  if (exponent < 1.35) return 'about linear';
  if (exponent < 1.75) return 'SUPERLINEAR';
  return 'SUPERLINEAR (about quadratic)';
}

export interface SizedPair {
  label: string;
  small: Timing;
  large: Timing;
}

/**
 * Rows of medians at two sizes with the wall-time ratio, the CPU-time ratio, and the exponent and
 * verdict from CPU time (steadier than wall time when other work shares the cores).
 */
export function printGrowth(
  pairs: readonly SizedPair[],
  sizeFactor: number,
  sizes = ['small', 'large'],
): void {
  const rows = pairs.map(({ label, small, large }) => {
    const wall = growth(small.median, large.median, sizeFactor);
    const cpu = growth(small.cpuMedian, large.cpuMedian, sizeFactor);
    return [
      label,
      formatMs(small.median),
      formatMs(large.median),
      formatMs(large.p95),
      formatMs(large.cpuMedian),
      `${wall.ratio.toFixed(1)}×`,
      `${cpu.ratio.toFixed(1)}×`,
      cpu.exponent.toFixed(2),
      verdict(cpu.exponent),
    ];
  });
  printTable(
    [
      '',
      `${sizes[0]} median`,
      `${sizes[1]} median`,
      `${sizes[1]} p95`,
      `${sizes[1]} CPU`,
      'ratio',
      'CPU ratio',
      'k',
      `verdict (size ×${sizeFactor})`,
    ],
    rows,
  );
}
