import type { AppError, CascadeEffect, Dependent, ErrorCode } from '../../../src/contract';

/** A resolver's failure, thrown by `invoke` so callers can switch on `code` (never on `message`). */
export class ResolverError extends Error implements AppError {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;
  readonly dependents?: Dependent[];
  readonly cascade?: CascadeEffect[];

  constructor(error: AppError) {
    super(error.message);
    this.name = 'ResolverError';
    this.code = error.code;
    this.fields = error.fields;
    this.dependents = error.dependents;
    this.cascade = error.cascade;
  }

  /** A stale-version CONFLICT (someone else saved first), as opposed to a delete blocked by dependents. */
  get isStale(): boolean {
    return this.code === 'CONFLICT' && !this.dependents?.length;
  }
}

/** Anything thrown (bridge failure, timeout, bug) as a ResolverError the UI can show. */
export function toResolverError(thrown: unknown): ResolverError {
  if (thrown instanceof ResolverError) return thrown;
  const detail = thrown instanceof Error && thrown.message ? ` (${thrown.message.trim()})` : '';
  return new ResolverError({
    code: 'UNAVAILABLE',
    message: `Market Layer could not reach its backend. Try again in a moment.${detail}`,
  });
}
