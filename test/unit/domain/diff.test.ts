import { changedFields } from '../../../src/domain';
import { makeMarket, makeSolution } from './factories';

describe('changedFields', () => {
  const before = makeMarket({
    id: 'mkt_banks0001',
    name: 'Banks',
    segments: [{ kind: 'region', value: 'EU' }],
    strategicWeight: 3,
  });

  it('lists only the fields a person changed, with before and after', () => {
    const after = { ...before, name: 'Mid-size banks', strategicWeight: 5 };
    expect(changedFields(before, after)).toEqual({
      name: ['Banks', 'Mid-size banks'],
      strategicWeight: [3, 5],
    });
  });

  it('ignores version, updatedAt and updatedBy', () => {
    const after = { ...before, version: 2, updatedAt: '2026-02-01T00:00:00.000Z', updatedBy: 'acc-other' };
    expect(changedFields(before, after)).toEqual({});
  });

  it('compares lists and nested records by content', () => {
    const same = { ...before, segments: [{ value: 'EU', kind: 'region' as const }] };
    expect(changedFields(before, same)).toEqual({});
    const added = { ...before, segments: [...before.segments, { kind: 'size' as const, value: 'SMB' }] };
    expect(changedFields(before, added)).toEqual({
      segments: [before.segments, added.segments],
    });
  });

  it('treats reordered priorities of a solution as a change', () => {
    const s = makeSolution({ priorityIds: ['pri_aaaaaa01', 'pri_bbbbbb01'] });
    const reordered = { ...s, priorityIds: ['pri_bbbbbb01', 'pri_aaaaaa01'] };
    expect(Object.keys(changedFields(s, reordered))).toEqual(['priorityIds']);
  });

  it('lists every field of a created or deleted record', () => {
    const created = changedFields(null, before);
    expect(created.name).toEqual([undefined, 'Banks']);
    expect(created.version).toBeUndefined();
    expect(Object.keys(created).sort()).toEqual(
      [
        'createdAt',
        'description',
        'id',
        'name',
        'ownerAccountId',
        'segments',
        'status',
        'strategicWeight',
      ].sort(),
    );
    expect(changedFields(before, null).name).toEqual(['Banks', undefined]);
  });

  it('reports a field set to null', () => {
    const owned = { ...before, ownerAccountId: 'acc-owner' };
    expect(changedFields(owned, before)).toEqual({ ownerAccountId: ['acc-owner', null] });
  });
});
