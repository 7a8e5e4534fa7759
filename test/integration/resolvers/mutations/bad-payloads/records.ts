import { MARKET, priorityFor, solutionFor } from '../seed';
import { BIG, GONE, invalid, notFound, without, type BadCase } from './shared';

/** Bad payloads for markets, business priorities and solutions. */
export const RECORD_CASES: Record<string, BadCase[]> = {
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
};
