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
 * The one error shape. `fields` maps a dotted field path (`name`, `evidence.0.date`) to a
 * message a person can act on; `dependents` lists what blocks a delete (CONFLICT), so the UI
 * can explain it and offer the cascade.
 */
export interface AppError {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
  dependents?: Dependent[];
}

/** What every resolver returns: the bridge loses thrown errors' details, so failures travel as data. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

/**
 * At most this many field errors in one answer, each path and message at most FIELD_TEXT_LIMIT
 * characters: a payload of 100,000 bad entries (or one 400 KB key) still gets a small answer.
 */
export const MAX_FIELD_ERRORS = 20;
const FIELD_TEXT_LIMIT = 200;

const clip = (s: string) => (s.length > FIELD_TEXT_LIMIT ? `${s.slice(0, FIELD_TEXT_LIMIT - 1)}…` : s);

/** The first message for each path, the first MAX_FIELD_ERRORS paths, and how many paths there were. */
function firstFields(entries: Iterable<[string, string]>): { fields: Record<string, string>; total: number } {
  const kept = new Map<string, string>();
  const seen = new Set<string>();
  for (const [rawPath, message] of entries) {
    const path = clip(rawPath);
    seen.add(path);
    if (kept.size < MAX_FIELD_ERRORS && !kept.has(path)) kept.set(path, clip(message));
  }
  // fromEntries defines own properties, so a path like `__proto__` is a field, not a prototype.
  return { fields: Object.fromEntries(kept), total: seen.size };
}

function* zodFields(error: ZodError): Generator<[string, string]> {
  for (const issue of error.issues) yield [issue.path.map(String).join('.') || '(payload)', issue.message];
}

export function fieldErrors(error: ZodError): Record<string, string> {
  return firstFields(zodFields(error)).fields;
}

export function validationError(error: ZodError): AppError {
  const { fields, total } = firstFields(zodFields(error));
  const shown = Object.keys(fields);
  const more = total > shown.length ? ` and ${(total - shown.length).toLocaleString('en')} more` : '';
  return {
    code: 'VALIDATION',
    message: `Please correct ${total === 1 ? 'the field' : 'the fields'}: ${shown.join(', ')}${more}.`,
    fields,
  };
}

/** Any failure as it may be answered: its field errors cut as in `validationError`, whoever built them. */
export function bounded(error: AppError): AppError {
  if (!error.fields) return error;
  const { fields, total } = firstFields(Object.entries(error.fields));
  if (total === Object.keys(fields).length) return { ...error, fields };
  return {
    ...error,
    message: `${error.message} (The first ${MAX_FIELD_ERRORS} of ${total.toLocaleString('en')} fields are shown.)`,
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
