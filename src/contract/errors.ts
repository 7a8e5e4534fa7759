import type { ZodError } from 'zod';

/** Every failure a resolver can report. The UI switches on `code`, never on `message`. */
export type ErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'LIMIT' | 'UNAVAILABLE';

/** Something that still refers to a record a caller tried to delete. */
export interface Dependent {
  type: 'market' | 'priority' | 'solution' | 'contribution';
  id: string;
  name: string;
}

/**
 * One kind of record a cascading delete reaches: deleted with the record, or kept and only
 * losing its reference to it (a solution that also addresses other priorities). Linked epics the
 * caller may not browse are counted in `hidden` and never named.
 */
export interface CascadeEffect {
  type: 'priority' | 'solution' | 'contribution';
  effect: 'delete' | 'update';
  count: number;
  /** The first few names (at most 5), sorted. */
  names: string[];
  hidden: number;
}

/**
 * The one error shape. `fields` maps a dotted field path (`name`, `evidence.0.date`) to a
 * message a person can act on; `dependents` lists what blocks a delete (CONFLICT), so the UI
 * can explain it and offer the cascade; `cascade` says everything that cascade would do.
 */
export interface AppError {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
  dependents?: Dependent[];
  cascade?: CascadeEffect[];
}

/** What every resolver returns: the bridge loses thrown errors' details, so failures travel as data. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export function fieldErrors(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '(payload)';
    fields[path] ??= issue.message;
  }
  return fields;
}

export function validationError(error: ZodError): AppError {
  const fields = fieldErrors(error);
  const names = Object.keys(fields);
  return {
    code: 'VALIDATION',
    message: `Please correct ${names.length === 1 ? 'the field' : 'the fields'}: ${names.join(', ')}.`,
    fields,
  };
}

/** Thrown inside the backend to end a call with an AppError; resolvers turn it into `{ok:false}`. */
export class AppFailure extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'AppFailure';
  }
}

export const fail = (
  code: ErrorCode,
  message: string,
  extra: Omit<AppError, 'code' | 'message'> = {},
): never => {
  throw new AppFailure({ code, message, ...extra });
};
