import { MARKET, priorityFor, solutionFor, type Seeded } from './seed';

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

export type BadKind =
  'wrong type' | 'missing field' | 'unknown field' | 'oversize string' | 'id that does not exist';

export interface BadCase {
  kind: BadKind;
  payload: (s: Seeded) => unknown;
  /** VALIDATION naming `field` (for an unknown field: a message naming it); NOT_FOUND for the record acted on. */
  expect: { code: 'VALIDATION'; field: string; naming?: string } | { code: 'NOT_FOUND' };
}

const BIG = 'x'.repeat(10_000);
const GONE = {
  mkt: 'mkt_doesnotexist',
  pri: 'pri_doesnotexist',
  sol: 'sol_doesnotexist',
  con: 'con_doesnotexist',
};
const invalid = (field: string, naming?: string) => ({ code: 'VALIDATION' as const, field, naming });
const notFound = { code: 'NOT_FOUND' as const };
const without = <T extends object>(value: T, key: keyof T) =>
  Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));

/** The backup the seeded app would export, for corrupting one part at a time. */
const backupOf = (s: Seeded) => ({
  format: 1,
  exportedAt: '2026-03-02T10:00:00.000Z',
  settings: null,
  markets: [s.market],
  priorities: [s.priority],
  solutions: [s.solution],
  contributions: [s.contribution],
  products: [],
});

/** Five bad payloads for every mutation key: the table the "bad payload changes nothing" test runs. */
export const BAD_CASES: Record<MutationKey, BadCase[]> = {
  'market.create': [
    {
      kind: 'wrong type',
      payload: () => ({ ...MARKET, strategicWeight: 'high' }),
      expect: invalid('strategicWeight'),
    },
    { kind: 'missing field', payload: () => without(MARKET, 'name'), expect: invalid('name') },
    {
      kind: 'unknown field',
      payload: () => ({ ...MARKET, budget: 1 }),
      expect: invalid('(payload)', 'budget'),
    },
    {
      kind: 'oversize string',
      payload: () => ({ ...MARKET, description: BIG }),
      expect: invalid('description'),
    },
    {
      kind: 'id that does not exist',
      payload: () => ({ ...MARKET, ownerAccountId: 'not an account!' }),
      expect: invalid('ownerAccountId'),
    },
  ],
  'market.update': [
    {
      kind: 'wrong type',
      payload: (s) => ({ id: s.market.id, version: '1', changes: { name: 'x' } }),
      expect: invalid('version'),
    },
    {
      kind: 'missing field',
      payload: (s) => ({ id: s.market.id, changes: { name: 'x' } }),
      expect: invalid('version'),
    },
    {
      kind: 'unknown field',
      payload: (s) => ({ id: s.market.id, version: 1, changes: { colour: 'red' } }),
      expect: invalid('changes', 'colour'),
    },
    {
      kind: 'oversize string',
      payload: (s) => ({ id: s.market.id, version: 1, changes: { name: BIG } }),
      expect: invalid('changes.name'),
    },
    {
      kind: 'id that does not exist',
      payload: () => ({ id: GONE.mkt, version: 1, changes: { name: 'x' } }),
      expect: notFound,
    },
  ],
  'market.delete': [
    {
      kind: 'wrong type',
      payload: (s) => ({ id: s.market.id, version: 1, cascade: 'yes' }),
      expect: invalid('cascade'),
    },
    {
      kind: 'missing field',
      payload: (s) => ({ id: s.market.id, cascade: true }),
      expect: invalid('version'),
    },
    {
      kind: 'unknown field',
      payload: (s) => ({ id: s.market.id, version: 1, force: true }),
      expect: invalid('(payload)', 'force'),
    },
    {
      kind: 'oversize string',
      payload: () => ({ id: BIG, version: 1, cascade: true }),
      expect: invalid('id'),
    },
    {
      kind: 'id that does not exist',
      payload: () => ({ id: GONE.mkt, version: 1, cascade: true }),
      expect: notFound,
    },
  ],
  'priority.create': [
    {
      kind: 'wrong type',
      payload: (s) => ({ ...priorityFor(s.market.id), importance: [5] }),
      expect: invalid('importance'),
    },
    {
      kind: 'missing field',
      payload: (s) => without(priorityFor(s.market.id), 'outcome'),
      expect: invalid('outcome'),
    },
    {
      kind: 'unknown field',
      payload: (s) => ({ ...priorityFor(s.market.id), product: 'BILL' }),
      expect: invalid('(payload)', 'product'),
    },
    {
      kind: 'oversize string',
      payload: (s) => ({ ...priorityFor(s.market.id), title: BIG }),
      expect: invalid('title'),
    },
    { kind: 'id that does not exist', payload: () => priorityFor(GONE.mkt), expect: invalid('marketId') },
  ],
  'priority.update': [
    {
      kind: 'wrong type',
      payload: (s) => ({ id: s.priority.id, version: 1, changes: { layer: 'ceo' } }),
      expect: invalid('changes.layer'),
    },
    {
      kind: 'missing field',
      payload: () => ({ version: 1, changes: { title: 'x' } }),
      expect: invalid('id'),
    },
    {
      kind: 'unknown field',
      payload: (s) => ({ id: s.priority.id, version: 1, changes: { budget: 3 } }),
      expect: invalid('changes', 'budget'),
    },
    {
      kind: 'oversize string',
      payload: (s) => ({ id: s.priority.id, version: 1, changes: { outcome: BIG } }),
      expect: invalid('changes.outcome'),
    },
    {
      kind: 'id that does not exist',
      payload: (s) => ({ id: s.priority.id, version: 1, changes: { marketId: GONE.mkt } }),
      expect: invalid('changes.marketId'),
    },
  ],
  'priority.delete': [
    {
      kind: 'wrong type',
      payload: (s) => ({ id: s.priority.id, version: null }),
      expect: invalid('version'),
    },
    { kind: 'missing field', payload: () => ({ version: 1 }), expect: invalid('id') },
    {
      kind: 'unknown field',
      payload: (s) => ({ id: s.priority.id, version: 1, cascade: true, also: 'market' }),
      expect: invalid('(payload)', 'also'),
    },
    { kind: 'oversize string', payload: () => ({ id: `pri_${BIG}`, version: 1 }), expect: invalid('id') },
    {
      kind: 'id that does not exist',
      payload: () => ({ id: GONE.pri, version: 1, cascade: true }),
      expect: notFound,
    },
  ],
  'solution.create': [
    {
      kind: 'wrong type',
      payload: (s) => ({ ...solutionFor([s.priority.id]), priorityIds: s.priority.id }),
      expect: invalid('priorityIds'),
    },
    {
      kind: 'missing field',
      payload: (s) => without(solutionFor([s.priority.id]), 'valueStatement'),
      expect: invalid('valueStatement'),
    },
    {
      kind: 'unknown field',
      payload: (s) => ({ ...solutionFor([s.priority.id]), epics: [] }),
      expect: invalid('(payload)', 'epics'),
    },
    {
      kind: 'oversize string',
      payload: (s) => ({ ...solutionFor([s.priority.id]), valueStatement: BIG }),
      expect: invalid('valueStatement'),
    },
    {
      kind: 'id that does not exist',
      payload: (s) => solutionFor([s.priority.id, GONE.pri]),
      expect: invalid('priorityIds.1'),
    },
  ],
  'solution.update': [
    {
      kind: 'wrong type',
      payload: (s) => ({ id: s.solution.id, version: 1, changes: { horizon: 3 } }),
      expect: invalid('changes.horizon'),
    },
    {
      kind: 'missing field',
      payload: (s) => ({ id: s.solution.id, version: 1 }),
      expect: invalid('changes'),
    },
    {
      kind: 'unknown field',
      payload: (s) => ({ id: s.solution.id, version: 1, changes: { score: 99 } }),
      expect: invalid('changes', 'score'),
    },
    {
      kind: 'oversize string',
      payload: (s) => ({ id: s.solution.id, version: 1, changes: { name: BIG } }),
      expect: invalid('changes.name'),
    },
    {
      kind: 'id that does not exist',
      payload: () => ({ id: GONE.sol, version: 1, changes: { name: 'x' } }),
      expect: notFound,
    },
  ],
  'solution.delete': [
    { kind: 'wrong type', payload: (s) => ({ id: [s.solution.id], version: 1 }), expect: invalid('id') },
    { kind: 'missing field', payload: (s) => ({ id: s.solution.id }), expect: invalid('version') },
    {
      kind: 'unknown field',
      payload: (s) => ({ id: s.solution.id, version: 1, cascade: true, keepEpics: true }),
      expect: invalid('(payload)', 'keepEpics'),
    },
    { kind: 'oversize string', payload: () => ({ id: BIG, version: 1 }), expect: invalid('id') },
    {
      kind: 'id that does not exist',
      payload: () => ({ id: GONE.sol, version: 1, cascade: true }),
      expect: notFound,
    },
  ],
  'contribution.link': [
    {
      kind: 'wrong type',
      payload: (s) => ({ solutionId: s.solution.id, issue: 10001 }),
      expect: invalid('issue'),
    },
    { kind: 'missing field', payload: (s) => ({ solutionId: s.solution.id }), expect: invalid('issue') },
    {
      kind: 'unknown field',
      payload: (s) => ({ solutionId: s.solution.id, issue: 'BILL-2', accountId: 'someone-else' }),
      expect: invalid('(payload)', 'accountId'),
    },
    {
      kind: 'oversize string',
      payload: (s) => ({ solutionId: s.solution.id, issue: 'BILL-2', note: BIG }),
      expect: invalid('note'),
    },
    {
      kind: 'id that does not exist',
      payload: (s) => ({ solutionId: s.solution.id, issue: 'BILL-99999' }),
      expect: invalid('issue'),
    },
  ],
  'contribution.update': [
    {
      kind: 'wrong type',
      payload: (s) => ({ id: s.contribution.id, version: 1, note: { text: 'x' } }),
      expect: invalid('note'),
    },
    {
      kind: 'missing field',
      payload: (s) => ({ id: s.contribution.id, version: 1 }),
      expect: invalid('note'),
    },
    {
      kind: 'unknown field',
      payload: (s) => ({ id: s.contribution.id, version: 1, note: 'x', epicKey: 'MOB-1' }),
      expect: invalid('(payload)', 'epicKey'),
    },
    {
      kind: 'oversize string',
      payload: (s) => ({ id: s.contribution.id, version: 1, note: BIG }),
      expect: invalid('note'),
    },
    {
      kind: 'id that does not exist',
      payload: () => ({ id: GONE.con, version: 1, note: 'x' }),
      expect: notFound,
    },
  ],
  'contribution.unlink': [
    {
      kind: 'wrong type',
      payload: (s) => ({ id: s.contribution.id, version: 1.5 }),
      expect: invalid('version'),
    },
    { kind: 'missing field', payload: () => ({}), expect: invalid('id') },
    {
      kind: 'unknown field',
      payload: (s) => ({ id: s.contribution.id, version: 1, everywhere: true }),
      expect: invalid('(payload)', 'everywhere'),
    },
    { kind: 'oversize string', payload: () => ({ id: BIG, version: 1 }), expect: invalid('id') },
    { kind: 'id that does not exist', payload: () => ({ id: GONE.con, version: 1 }), expect: notFound },
  ],
  'product.update': [
    {
      kind: 'wrong type',
      payload: () => ({ projectId: 10000, version: null, changes: {} }),
      expect: invalid('projectId'),
    },
    {
      kind: 'missing field',
      payload: () => ({ projectId: '10000', changes: {} }),
      expect: invalid('version'),
    },
    {
      kind: 'unknown field',
      payload: () => ({ projectId: '10000', version: null, changes: { projectKey: 'X' } }),
      expect: invalid('changes', 'projectKey'),
    },
    {
      kind: 'oversize string',
      payload: () => ({ projectId: '10000', version: null, changes: { displayName: BIG } }),
      expect: invalid('changes.displayName'),
    },
    {
      kind: 'id that does not exist',
      payload: () => ({ projectId: '99999', version: null, changes: { displayName: 'Ghost' } }),
      expect: invalid('projectId'),
    },
  ],
  'settings.update': [
    {
      kind: 'wrong type',
      payload: () => ({ version: null, changes: { balanceTarget: '60%' } }),
      expect: invalid('changes.balanceTarget'),
    },
    {
      kind: 'missing field',
      payload: () => ({ changes: { balanceTarget: 0.5 } }),
      expect: invalid('version'),
    },
    {
      kind: 'unknown field',
      payload: () => ({ version: null, changes: { admins: ['me'] } }),
      expect: invalid('changes', 'admins'),
    },
    {
      kind: 'oversize string',
      payload: () => ({ version: null, changes: { epicIssueTypes: [BIG] } }),
      expect: invalid('changes.epicIssueTypes.0'),
    },
    {
      kind: 'id that does not exist',
      payload: () => ({ version: null, changes: { extraEditorAccountIds: ['not an account!'] } }),
      expect: invalid('changes.extraEditorAccountIds.0'),
    },
  ],
  'admin.import': [
    {
      kind: 'wrong type',
      payload: (s) => ({ backup: { ...backupOf(s), markets: 'all of them' } }),
      expect: invalid('backup.markets'),
    },
    {
      kind: 'missing field',
      payload: (s) => ({ backup: without(backupOf(s), 'priorities') }),
      expect: invalid('backup.priorities'),
    },
    {
      kind: 'unknown field',
      payload: (s) => ({ backup: { ...backupOf(s), users: [] } }),
      expect: invalid('backup', 'users'),
    },
    {
      kind: 'oversize string',
      payload: (s) => ({ backup: { ...backupOf(s), markets: [{ ...s.market, name: BIG }] } }),
      expect: invalid('backup.markets.0.name'),
    },
    {
      kind: 'id that does not exist',
      payload: (s) => ({ backup: { ...backupOf(s), priorities: [{ ...s.priority, marketId: GONE.mkt }] } }),
      expect: invalid('backup.priorities.0.marketId'),
    },
  ],
};
