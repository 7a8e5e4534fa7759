import { performance } from 'node:perf_hooks';

/**
 * A tiny timing harness: warm up (JIT, caches), then time N runs one after another and keep the
 * median and p95. No assertions: the machine is shared and noisy, so numbers are reported, never
 * checked, and only ratios between sizes measured in the same process are worth comparing.
 */

export interface MeasureOptions {
  warmup?: number;
  runs?: number;
}

export interface Timing {
  label: string;
  runs: number;
  /** Milliseconds. */
  median: number;
  /** Milliseconds; with few runs this is close to the slowest run. */
  p95: number;
  /**
   * Median CPU time of this process per run (user + system, ms). On a machine shared with other
   * work, wall time includes waiting for a core; CPU time does not, so its ratios are steadier.
   */
  cpuMedian: number;
}

const DEFAULT_WARMUP = 3;
const DEFAULT_RUNS = 15;

/** Keeps the last measure's results alive, so the JIT cannot drop the work as dead code. */
const sink: unknown[] = [];

/** Nearest-rank percentile of ascending samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export async function measure(
  label: string,
  fn: () => unknown,
  options: MeasureOptions = {},
): Promise<Timing> {
  const warmup = options.warmup ?? DEFAULT_WARMUP;
  const runs = options.runs ?? DEFAULT_RUNS;
  sink.length = 0;
  for (let i = 0; i < warmup; i += 1) sink.push(await fn());
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    sink.push(await fn());
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const ascending = (xs: number[]) => xs.sort((a, b) => a - b);
  ascending(wall);
  ascending(cpu);
  return {
    label,
    runs,
    median: percentile(wall, 50),
    p95: percentile(wall, 95),
    cpuMedian: percentile(cpu, 50),
  };
}

/** Times one run of `fn` (setup steps worth reporting, too slow to repeat). */
export async function once<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}
