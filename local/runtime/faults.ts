import type { EmulatorResponse } from '../types';

export type FaultTarget = 'kvs' | 'jira' | 'events';
type FaultKind = 'server-error' | 'rate-limit' | 'timeout';

export interface FaultSpec {
  target: FaultTarget;
  /** Fail the nth request to the target from now on (1 = the next one). */
  nth: number;
  kind: FaultKind;
  /** Seconds, for rate-limit: sent as Retry-After, as Jira and KVS do. */
  retryAfter?: number;
  /** Only count requests whose path matches. */
  path?: RegExp;
}

/** Raised in place of a response, as the platform's fetch does when a request times out. */
export class FetchTimeoutError extends Error {
  constructor(target: FaultTarget, path: string) {
    super(`Request to ${target} ${path} timed out`);
    this.name = 'FetchError';
  }
}

const bodies: Record<FaultTarget, Record<'server-error' | 'rate-limit', unknown>> = {
  kvs: {
    'server-error': { code: 'INTERNAL_SERVER_ERROR', message: 'An internal error occurred' },
    'rate-limit': { code: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded' },
  },
  jira: {
    'server-error': { errorMessages: ['Internal server error'], errors: {} },
    'rate-limit': { errorMessages: ['Rate limit exceeded.'], errors: {} },
  },
  // @forge/events reads `message`/`code` of an error body (validators.js validateAPIResponse).
  events: {
    'server-error': { code: 'INTERNAL_SERVER_ERROR', message: 'An internal error occurred' },
    'rate-limit': { message: 'Too many requests.' },
  },
};

/** Makes chosen requests fail, for reliability tests: `faults.inject({target:'jira', nth:1, kind:'rate-limit'})`. */
export class Faults {
  private pending: (FaultSpec & { seen: number })[] = [];
  readonly counts: Record<FaultTarget, number> = { kvs: 0, jira: 0, events: 0 };

  inject(spec: FaultSpec): void {
    if (!Number.isInteger(spec.nth) || spec.nth < 1) throw new Error('nth counts from 1');
    this.pending.push({ ...spec, seen: 0 });
  }

  /** The faults still waiting for their request, and how many matching requests each has seen. */
  pendingFaults(): (FaultSpec & { seen: number })[] {
    return this.pending.map((fault) => ({ ...fault }));
  }

  clear(): void {
    this.pending = [];
  }

  /** Called for every request; answers with the fault to apply, if one is due. */
  next(target: FaultTarget, path: string): EmulatorResponse | FetchTimeoutError | undefined {
    this.counts[target] += 1;
    for (const fault of this.pending) {
      if (fault.target !== target || (fault.path && !fault.path.test(path))) continue;
      fault.seen += 1;
      if (fault.seen !== fault.nth) continue;
      this.pending = this.pending.filter((f) => f !== fault);
      if (fault.kind === 'timeout') return new FetchTimeoutError(target, path);
      const status = fault.kind === 'rate-limit' ? 429 : 500;
      const headers: Record<string, string> =
        fault.kind === 'rate-limit' ? { 'Retry-After': String(fault.retryAfter ?? 1) } : {};
      return { status, headers, body: bodies[target][fault.kind] };
    }
    return undefined;
  }
}
