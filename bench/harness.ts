import { performance } from 'node:perf_hooks';

/**
 * A tiny timing harness: warm up (JIT, caches), then time N runs one after another and keep the
 * median and p95. No assertions: the machine is shared and noisy, so numbers are reported, never
 * checked, and only ratios between sizes measured in the same process are worth comparing.
 */

export interface MeasureOptions {
  warmup?: number;
  runs?: number;
  /**
   * Time budget for the timed runs: slow work gets fewer runs (never fewer than MIN_RUNS) so the
   * whole bench stays within a few minutes.
   */
  budgetMs?: number;
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
const DEFAULT_RUNS = 41;
const DEFAULT_BUDGET_MS = 3_000;
const MIN_RUNS = 5;
/** One warm-up run this slow is enough: the JIT has long kicked in. */
const SLOW_RUN_MS = 300;

/** Keeps the last measure's results alive, so the JIT cannot drop the work as dead code. */
const sink: unknown[] = [];

const collectGarbage: () => void = typeof globalThis.gc === 'function' ? globalThis.gc : () => undefined;

/** Nearest-rank percentile of ascending samples. */
function percentile(sorted: readonly number[], p: number): number {
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
  sink.length = 0;
  // Start each measurement from a collected heap (scripts/bench.js passes --expose-gc), so garbage
  // left by the previous one is not charged to this one.
  collectGarbage();
  let slowest = 0;
  for (let i = 0; i < warmup && slowest < SLOW_RUN_MS; i += 1) {
    const start = performance.now();
    sink.push(await fn());
    slowest = Math.max(slowest, performance.now() - start);
  }
  const affordable = Math.floor((options.budgetMs ?? DEFAULT_BUDGET_MS) / Math.max(slowest, 0.001));
  const runs = Math.max(MIN_RUNS, Math.min(options.runs ?? DEFAULT_RUNS, affordable));
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
