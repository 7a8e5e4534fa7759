import { SOLUTION_STATUSES } from '../../../src/contract';
import {
  expectsEpics,
  isActiveMarket,
  isActivePriority,
  isLiveSolution,
  productName,
} from '../../../src/domain';
import { makeProduct, makeSolution } from './factories';

describe('entity rules', () => {
  it('treats only a dropped solution as no longer live', () => {
    expect(SOLUTION_STATUSES.filter((status) => isLiveSolution({ status }))).toEqual([
      'proposed',
      'committed',
      'in-delivery',
      'delivered',
    ]);
  });

  it('expects epics from solutions that are neither delivered nor dropped', () => {
    expect(SOLUTION_STATUSES.filter((status) => expectsEpics({ status }))).toEqual([
      'proposed',
      'committed',
      'in-delivery',
    ]);
  });

  it('retires priorities and exits markets', () => {
    expect(isActivePriority({ status: 'retired' })).toBe(false);
    expect(isActivePriority({ status: 'hypothesis' })).toBe(true);
    expect(isActiveMarket({ status: 'exit' })).toBe(false);
    expect(isActiveMarket({ status: 'sustain' })).toBe(true);
  });

  it('names a product by its display name, else its Jira project name', () => {
    expect(productName(makeProduct('PLAT', { projectName: 'Platform', displayName: 'Ledger' }))).toBe(
      'Ledger',
    );
    expect(productName(makeProduct('PLAT', { projectName: 'Platform', displayName: '' }))).toBe('Platform');
  });

  it('keeps fixtures honest: the factories reject a record the contract rejects', () => {
    expect(() => makeSolution({ priorityIds: [] })).toThrow('Choose at least one business priority');
  });
});
