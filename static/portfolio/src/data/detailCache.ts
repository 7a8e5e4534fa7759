import type { Input, Output } from '../../../../src/contract';
import { invoke } from '../../../shared';

/** The drill-downs of the portfolio page: each answers what one opened thing shows. */
export type DetailKey = 'market.detail' | 'solution.detail' | 'matrix.cell';

interface Entry {
  promise: Promise<unknown>;
  /** Set once the answer arrived, so a component mounting later shows it without a spinner. */
  value?: unknown;
}

/**
 * Answers of drill-down calls, kept until the next reload: collapsing and expanding a market, or
 * opening the same matrix cell twice, costs one call. `clear` runs on every reload (after a write),
 * and the components still showing a drill-down then ask again.
 */
export class DetailCache {
  private entries = new Map<string, Entry>();

  static keyOf<K extends DetailKey>(key: K, input: Input<K>): string {
    return `${key}:${JSON.stringify(input)}`;
  }

  peek<K extends DetailKey>(key: K, input: Input<K>): Output<K> | undefined {
    return this.entries.get(DetailCache.keyOf(key, input))?.value as Output<K> | undefined;
  }

  fetch<K extends DetailKey>(key: K, input: Input<K>): Promise<Output<K>> {
    const cacheKey = DetailCache.keyOf(key, input);
    const known = this.entries.get(cacheKey);
    if (known) return known.promise as Promise<Output<K>>;
    const entry: Entry = { promise: Promise.resolve() };
    entry.promise = invoke(key, input).then(
      (value) => {
        entry.value = value;
        return value;
      },
      (error: unknown) => {
        // A failure is not kept: the next try asks again.
        if (this.entries.get(cacheKey) === entry) this.entries.delete(cacheKey);
        throw error;
      },
    );
    this.entries.set(cacheKey, entry);
    return entry.promise as Promise<Output<K>>;
  }

  clear(): void {
    this.entries.clear();
  }
}
