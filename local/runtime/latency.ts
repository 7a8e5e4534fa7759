/**
 * An optional latency model: milliseconds the local runtime waits before answering each request,
 * so the app can be watched (and measured) with something like a real platform's round trips.
 * Off unless asked for: `createLocalRuntime({ latency: { kvs: 20, jira: 100 } })`, or
 * `npm start -- --latency kvs=20,jira=100`.
 */
export interface Latency {
  kvs?: number;
  jira?: number;
  /** How to wait; real timers unless a test injects its own. */
  sleep?: (ms: number) => Promise<void>;
}

export type LatencyTarget = 'kvs' | 'jira';
const TARGETS: readonly LatencyTarget[] = ['kvs', 'jira'];

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits the latency configured for `target`, if any. */
export async function applyLatency(latency: Latency | undefined, target: LatencyTarget): Promise<void> {
  const ms = latency?.[target] ?? 0;
  if (ms > 0) await (latency?.sleep ?? realSleep)(ms);
}

/** Parses the `--latency` flag: `kvs=20,jira=100` (milliseconds; either target may be left out). */
export function parseLatency(text: string): Latency {
  const latency: Latency = {};
  for (const part of text.split(',')) {
    const [name, value, extra] = part.split('=').map((s) => s.trim());
    const ms = Number(value);
    if (
      !TARGETS.includes(name as LatencyTarget) ||
      value === undefined ||
      value === '' ||
      extra !== undefined ||
      !Number.isInteger(ms) ||
      ms < 0
    )
      throw new Error(
        `--latency takes target=ms pairs for ${TARGETS.join(' and ')}, e.g. kvs=20,jira=100; got '${part}'`,
      );
    latency[name as LatencyTarget] = ms;
  }
  return latency;
}
