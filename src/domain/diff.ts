/**
 * The audit trail's "what changed": field → [before, after], only for fields whose value differs.
 * Bookkeeping fields that change on every write are left out, so an entry shows what a person
 * changed. Arrays and nested objects compare by content (reordered object keys are equal,
 * reordered array items are a change). A field missing on one side compares as `undefined`, so
 * `changedFields(null, created)` lists every field of a new record and
 * `changedFields(deleted, null)` every field of a removed one.
 */
const IGNORED_FIELDS: ReadonlySet<string> = new Set(['version', 'updatedAt', 'updatedBy']);

export function changedFields<T extends object>(
  before: T | null,
  after: T | null,
): Record<string, [unknown, unknown]> {
  const b: Record<string, unknown> = { ...before };
  const a: Record<string, unknown> = { ...after };
  const changes: Record<string, [unknown, unknown]> = {};
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (IGNORED_FIELDS.has(field)) continue;
    if (!sameValue(b[field], a[field])) changes[field] = [b[field], a[field]];
  }
  return changes;
}

function sameValue(x: unknown, y: unknown): boolean {
  if (Object.is(x, y)) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) || Array.isArray(y)) {
    return (
      Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => sameValue(v, y[i]))
    );
  }
  const xr = x as Record<string, unknown>;
  const yr = y as Record<string, unknown>;
  const keys = new Set([...Object.keys(xr), ...Object.keys(yr)]);
  return [...keys].every((k) => sameValue(xr[k], yr[k]));
}
