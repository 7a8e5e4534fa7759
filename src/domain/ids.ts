/**
 * Record ids: a short type prefix and an opaque random part, matching the contract's id rule
 * `^[a-z]{2,4}_[A-Za-z0-9]{6,40}$` (src/contract/fields.ts). The prefix makes an id in a log or a
 * backup self-explaining ("sol_…" is a solution).
 */
export const ID_PREFIXES = ['mkt', 'pri', 'sol', 'con', 'job', 'imp'] as const;
export type IdPrefix = (typeof ID_PREFIXES)[number];

const MIN_RANDOM = 6;
const MAX_RANDOM = 40;

/**
 * `random` supplies the randomness (in production `() => crypto.randomUUID()`; in tests a fixed
 * string): characters outside [A-Za-z0-9] are dropped (a UUID's dashes) and the rest is cut to
 * 40. Throws when fewer than 6 usable characters remain: that is a programming error, not input.
 */
export function newId(prefix: IdPrefix, random: () => string): string {
  const body = random()
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, MAX_RANDOM);
  if (body.length < MIN_RANDOM) {
    throw new Error(`newId needs at least ${MIN_RANDOM} letters or digits of randomness, got ${body.length}`);
  }
  return `${prefix}_${body}`;
}
