import type { ResolverError } from '../client/ResolverError';

/**
 * The backend's message for one form field. Update payloads nest the edited fields under
 * `changes`, so `name` also matches `changes.name`; list items use dotted indexes (`evidence.0.date`).
 */
export function fieldError(error: ResolverError | null | undefined, path: string): string | undefined {
  const fields = error?.fields;
  if (!fields) return undefined;
  return fields[path] ?? fields[`changes.${path}`];
}

/** Messages for paths no field on the form shows, so none is lost. */
export function unplacedFieldErrors(
  error: ResolverError | null | undefined,
  placed: (path: string) => boolean,
): string[] {
  if (!error?.fields) return [];
  return Object.entries(error.fields)
    .filter(([path]) => !placed(path.replace(/^changes\./, '')))
    .map(([path, message]) => (path === '(payload)' ? message : `${path}: ${message}`));
}

/** The first message for `prefix` or anything below it (`segments`, `segments.2.value`). */
export function fieldErrorUnder(error: ResolverError | null | undefined, prefix: string): string | undefined {
  const fields = error?.fields;
  if (!fields) return undefined;
  const entry = Object.entries(fields).find(([path]) => {
    const bare = path.replace(/^changes\./, '');
    return bare === prefix || bare.startsWith(`${prefix}.`);
  });
  return entry?.[1];
}
