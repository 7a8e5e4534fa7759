import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { installKvs, kvsError, type InstalledKvs } from './install-kvs';
import type { Employee } from './entities';

let installed: InstalledKvs;
const employees = () => kvs.entity<Employee>('employee');
beforeEach(async () => {
  installed = installKvs();
  await employees().set('e1', {
    surname: 'Adams',
    team: 'core',
    age: 25,
    rating: 3.5,
    active: true,
    tags: ['lead', 'ops'],
  });
  await employees().set('e2', {
    surname: 'Baker',
    team: 'core',
    age: 31,
    rating: 4.0,
    active: false,
    tags: 'remote-first',
  });
  await employees().set('e3', { surname: 'Bates', team: 'core', age: 40, active: true });
});
afterEach(() => installed.uninstall());

async function filtered(
  filter: Filter<Employee> | ReturnType<Filter<Employee>['and']> | ReturnType<Filter<Employee>['or']>,
) {
  const page = await employees()
    .query()
    .index('by-team-age', { partition: ['core'] })
    .filters(filter)
    .getMany();
  return page.results.map((r) => r.key);
}
const and = (field: keyof Employee, condition: Parameters<Filter<Employee>['and']>[1]) =>
  new Filter<Employee>().and(field, condition);

describe('filter conditions', () => {
  it.each([
    ['equalTo', and('surname', FilterConditions.equalTo('Baker')), ['e2']],
    ['equalTo on a boolean', and('active', FilterConditions.equalTo(false)), ['e2']],
    ['notEqualTo', and('surname', FilterConditions.notEqualTo('Baker')), ['e1', 'e3']],
    ['beginsWith', and('surname', FilterConditions.beginsWith('Ba')), ['e2', 'e3']],
    ['between', and('rating', FilterConditions.between(3, 3.9)), ['e1']],
    ['greaterThan', and('age', FilterConditions.greaterThan(31)), ['e3']],
    ['greaterThanEqualTo', and('age', FilterConditions.greaterThanEqualTo(31)), ['e2', 'e3']],
    ['lessThan', and('rating', FilterConditions.lessThan(4)), ['e1']],
    ['lessThanEqualTo', and('rating', FilterConditions.lessThanEqualTo(4)), ['e1', 'e2']],
    ['contains in a string', and('tags', FilterConditions.contains('remote')), ['e2']],
    ['contains in a list', and('tags', FilterConditions.contains('ops')), ['e1']],
    ['notContains', and('tags', FilterConditions.notContains('ops')), ['e2']],
    ['exists', and('rating', FilterConditions.exists()), ['e1', 'e2']],
    ['notExists', and('rating', FilterConditions.notExists()), ['e3']],
  ])('%s', async (_label, filter, expected) => {
    expect(await filtered(filter)).toEqual(expected);
  });

  it('never matches a string against a number', async () => {
    expect(await filtered(and('age', FilterConditions.equalTo('31')))).toEqual([]);
  });
});

describe('and / or', () => {
  it('and requires every condition', async () => {
    const filter = new Filter<Employee>()
      .and('active', FilterConditions.equalTo(true))
      .and('age', FilterConditions.greaterThan(30));
    expect(await filtered(filter)).toEqual(['e3']);
  });

  it('or requires any condition', async () => {
    const filter = new Filter<Employee>()
      .or('surname', FilterConditions.equalTo('Adams'))
      .or('age', FilterConditions.equalTo(40));
    expect(await filtered(filter)).toEqual(['e1', 'e3']);
  });

  it('fills each page with matches before paging on', async () => {
    const page = await employees()
      .query()
      .index('by-team-age', { partition: ['core'] })
      .filters(and('active', FilterConditions.equalTo(true)))
      .limit(2)
      .getMany();
    expect(page.results.map((r) => r.key)).toEqual(['e1', 'e3']);
    expect(page.nextCursor).toBeUndefined();
  });
});

describe('filter errors (handling-errors-customentities)', () => {
  const query = (filters: unknown) =>
    installed.emulator.handle('/api/v1/entity/query', {
      entityName: 'employee',
      indexName: 'by-key',
      filters,
    });

  it.each([
    [
      'INVALID_FILTER_OPERATORS_COMBINATION',
      { and: [{ property: 'age', condition: 'EXISTS', values: [true] }], or: [] },
    ],
    ['EMPTY_FILTER_OPERATOR', { and: [] }],
    ['INSUFFICIENT_FILTER_VALUES', { and: [{ property: 'age', condition: 'BETWEEN', values: [1] }] }],
  ])('answers %s', (code, filters) => {
    expect(query(filters)).toMatchObject({ status: 400, body: { code } });
  });

  it('rejects a filter on an undeclared attribute', async () => {
    const filter = new Filter<Record<string, unknown>>().and('salary', FilterConditions.exists());
    const error = await kvsError(kvs.entity('employee').query().index('by-key').filters(filter).getMany());
    expect(error.code).toBe('BAD_REQUEST');
  });
});
