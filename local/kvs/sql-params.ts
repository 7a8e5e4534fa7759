/** Collects named SQL parameters so fragments can be composed without counting `?`s. */
import type { SqlValue } from './types';

export class SqlParams {
  readonly values: Record<string, SqlValue> = {};
  private next = 0;

  /** Binds a value and returns its placeholder, e.g. `@p3`. */
  bind(value: SqlValue): string {
    const name = `p${this.next++}`;
    this.values[name] = value;
    return `@${name}`;
  }
}

/** Upper bound of every string starting with `prefix`, in SQLite's binary (code point) order. */
export function prefixUpperBound(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}
