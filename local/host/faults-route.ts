import type { FaultSpec, Faults } from '../runtime/faults';

/**
 * `/__forge/faults`: fault injection from outside the process (scripts, a second terminal, a
 * browser test), the same `Faults` the tests drive with `runtime.faults.inject`. Local only: the
 * host listens on 127.0.0.1, and a request from any other address is refused all the same.
 *
 *   POST   {"target":"kvs"|"jira"|"events","nth":1,"kind":"server-error"|"rate-limit"|"timeout",
 *           "retryAfter"?:seconds,"path"?:"regular expression"}   fail the nth matching request
 *   GET    the faults still pending and how many requests each target has had
 *   DELETE every pending fault
 */
export function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

const TARGETS = ['kvs', 'jira', 'events'] as const;
const KINDS = ['server-error', 'rate-limit', 'timeout'] as const;
const ALLOWED = new Set(['target', 'nth', 'kind', 'retryAfter', 'path']);

/** The fault a POST body asks for, or a message saying what is wrong with it. */
export function faultSpecOf(body: Record<string, unknown>): FaultSpec | string {
  const unknown = Object.keys(body).filter((key) => !ALLOWED.has(key));
  if (unknown.length > 0)
    return `Unknown fault field(s): ${unknown.join(', ')}; use ${[...ALLOWED].join(', ')}.`;
  const { target, nth, kind, retryAfter, path } = body;
  if (!TARGETS.includes(target as never)) return `target must be one of ${TARGETS.join(', ')}.`;
  if (!KINDS.includes(kind as never)) return `kind must be one of ${KINDS.join(', ')}.`;
  if (!Number.isInteger(nth) || (nth as number) < 1 || (nth as number) > 1_000_000)
    return 'nth must be a whole number from 1 (the next matching request).';
  if (retryAfter !== undefined && (!Number.isInteger(retryAfter) || (retryAfter as number) < 0))
    return 'retryAfter must be a whole number of seconds.';
  if (path !== undefined && (typeof path !== 'string' || path.length > 200))
    return 'path must be a regular expression of at most 200 characters.';
  let pattern: RegExp | undefined;
  try {
    pattern = path === undefined ? undefined : new RegExp(path);
  } catch (error) {
    return `path is not a regular expression: ${(error as Error).message}`;
  }
  return {
    target: target as FaultSpec['target'],
    nth: nth as number,
    kind: kind as FaultSpec['kind'],
    ...(retryAfter !== undefined && { retryAfter: retryAfter as number }),
    ...(pattern && { path: pattern }),
  };
}

/** What GET answers: pending faults (paths as their source) and request counts so far. */
export function faultsState(faults: Faults) {
  return {
    pending: faults
      .pendingFaults()
      .map(({ path, ...spec }) => ({ ...spec, ...(path && { path: path.source }) })),
    counts: { ...faults.counts },
  };
}
