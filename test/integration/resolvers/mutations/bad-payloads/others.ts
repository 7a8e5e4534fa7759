import { BIG, GONE, backupOf, invalid, notFound, without, type BadCase } from './shared';

/** Bad payloads for links, products, settings and the backup import. */
export const OTHER_CASES: Record<string, BadCase[]> = {
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
