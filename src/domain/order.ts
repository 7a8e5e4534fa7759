/**
 * One way to sort names everywhere, so the same list never shows in two orders:
 * case-insensitive, and "Epic 2" before "Epic 10".
 */
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Higher numbers first, then by name, then by id so equal names still sort the same way every time. */
export function byScoreThenName<T>(
  score: (item: T) => number,
  name: (item: T) => string,
  id: (item: T) => string,
) {
  return (a: T, b: T): number =>
    score(b) - score(a) || compareText(name(a), name(b)) || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
}
