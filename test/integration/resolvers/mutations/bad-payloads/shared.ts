import type { Seeded } from '../seed';

/** Every resolver key that changes stored data. */
export const MUTATION_KEYS = [
  'market.create',
  'market.update',
  'market.delete',
  'priority.create',
  'priority.update',
  'priority.delete',
  'solution.create',
  'solution.update',
  'solution.delete',
  'contribution.link',
  'contribution.update',
  'contribution.unlink',
  'product.update',
  'settings.update',
  'admin.import',
] as const;
export type MutationKey = (typeof MUTATION_KEYS)[number];

type BadKind =
  'wrong type' | 'missing field' | 'unknown field' | 'oversize string' | 'id that does not exist';

export interface BadCase {
  kind: BadKind;
  payload: (s: Seeded) => unknown;
  /** VALIDATION naming `field` (for an unknown field: a message naming it); NOT_FOUND for the record acted on. */
  expect: { code: 'VALIDATION'; field: string; naming?: string } | { code: 'NOT_FOUND' };
}

export const BIG = 'x'.repeat(10_000);
export const GONE = {
  mkt: 'mkt_doesnotexist',
  pri: 'pri_doesnotexist',
  sol: 'sol_doesnotexist',
  con: 'con_doesnotexist',
};
export const invalid = (field: string, naming?: string) => ({ code: 'VALIDATION' as const, field, naming });
export const notFound = { code: 'NOT_FOUND' as const };
export const without = <T extends object>(value: T, key: keyof T) =>
  Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));

/** The backup the seeded app would export, for corrupting one part at a time. */
export const backupOf = (s: Seeded) => ({
  format: 1,
  exportedAt: '2026-03-02T10:00:00.000Z',
  settings: null,
  markets: [s.market],
  priorities: [s.priority],
  solutions: [s.solution],
  contributions: [s.contribution],
  products: [],
});
