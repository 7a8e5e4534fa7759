import { kvs, Sort, WhereConditions } from '@forge/kvs';
import { installKvs, kvsError, type InstalledKvs } from './install-kvs';
import type { Employee } from './entities';

// https://developer.atlassian.com/platform/forge/runtime-reference/storage-api-query-complex
let installed: InstalledKvs;
const employees = () => kvs.entity<Employee>('employee');
const PEOPLE: [string, Employee][] = [
  ['e1', { surname: 'Adams', team: 'core', age: 25, active: true, employmentyear: 2019 }],
  ['e2', { surname: 'Baker', team: 'core', age: 31, active: false, employmentyear: 2020 }],
  ['e3', { surname: 'Bates', team: 'core', age: 40, active: true, employmentyear: 2021 }],
  ['e4', { surname: 'Clark', team: 'edge', age: 31, active: true, employmentyear: 2022 }],
  ['e5', { surname: 'Davis', team: 'core', age: 31, active: true, employmentyear: 2023 }],
  ['e6', { team: 'core', active: true }],
];
beforeEach(async () => {
  installed = installKvs();
  for (const [key, value] of PEOPLE) await employees().set(key, value);
});
afterEach(() => installed.uninstall());

const byTeamAge = () =>
  employees()
    .query()
    .index('by-team-age', { partition: ['core'] });
const keys = (page: { results: { key: string }[] }) => page.results.map((r) => r.key);

describe('partition and range', () => {
  it('returns only the partition, in range order with key as tie-break, skipping values without the range', async () => {
    expect(keys(await byTeamAge().getMany())).toEqual(['e1', 'e2', 'e5', 'e3']);
  });

  it.each([
    ['equalTo', WhereConditions.equalTo(31), ['e2', 'e5']],
    ['between', WhereConditions.between(30, 40), ['e2', 'e5', 'e3']],
    ['greaterThan', WhereConditions.greaterThan(31), ['e3']],
    ['greaterThanEqualTo', WhereConditions.greaterThanEqualTo(31), ['e2', 'e5', 'e3']],
    ['lessThan', WhereConditions.lessThan(31), ['e1']],
    ['lessThanEqualTo', WhereConditions.lessThanEqualTo(31), ['e1', 'e2', 'e5']],
  ])('where %s', async (_label, condition, expected) => {
    expect(keys(await byTeamAge().where(condition).getMany())).toEqual(expected);
  });

  it('where beginsWith on a string index', async () => {
    const page = await employees().query().index('surname').where(WhereConditions.beginsWith('Ba')).getMany();
    expect(keys(page)).toEqual(['e2', 'e3']);
  });

  it('matches a partition of several attributes, booleans included', async () => {
    const page = await employees()
      .query()
      .index('by-team-active-year', { partition: ['core', true] })
      .getMany();
    expect(keys(page)).toEqual(['e1', 'e3', 'e5']);
  });

  it('sorts DESC', async () => {
    expect(keys(await byTeamAge().sort(Sort.DESC).getMany())).toEqual(['e3', 'e5', 'e2', 'e1']);
  });

  it('follows an updated value to its new index position and forgets deleted ones', async () => {
    await employees().set('e1', { team: 'edge', age: 25 });
    await employees().delete('e3');
    expect(keys(await byTeamAge().getMany())).toEqual(['e2', 'e5']);
  });

  it('queries the reserved by-key index without declaring it', async () => {
    expect(
      keys(await employees().query().index('by-key').where(WhereConditions.between('e2', 'e4')).getMany()),
    ).toEqual(['e2', 'e3', 'e4']);
  });
});

describe('limit and cursor paging', () => {
  it.each([Sort.ASC, Sort.DESC])('pages %s through ties without repeating or skipping', async (sort) => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const query = byTeamAge().sort(sort).limit(1);
      const page = await (cursor ? query.cursor(cursor) : query).getMany();
      seen.push(...keys(page));
      cursor = page.nextCursor;
    } while (cursor);
    const all = keys(await byTeamAge().sort(sort).getMany());
    expect(seen).toEqual(all);
    expect(seen).toHaveLength(4);
  });

  it('omits nextCursor on the last page and getOne returns the first result', async () => {
    const page = await byTeamAge().limit(4).getMany();
    expect(page.nextCursor).toBeUndefined();
    expect((await byTeamAge().getOne())?.key).toBe('e1');
  });

  it('pages the by-key index', async () => {
    const first = await employees().query().index('by-key').limit(4).getMany();
    const second = await employees()
      .query()
      .index('by-key')
      .limit(4)
      .cursor(first.nextCursor as string)
      .getMany();
    expect([...keys(first), ...keys(second)]).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
  });
});

describe('query errors', () => {
  it('answers INVALID_ENTITY_INDEX for an index the entity does not declare', async () => {
    expect((await kvsError(employees().query().index('by-salary').getMany())).code).toBe(
      'INVALID_ENTITY_INDEX',
    );
  });

  it('needs one partition value per partition attribute', async () => {
    expect((await kvsError(employees().query().index('by-team-age').getMany())).code).toBe('BAD_REQUEST');
  });

  it('rejects a range value of the wrong type and a limit outside 1..100', async () => {
    expect((await kvsError(byTeamAge().where(WhereConditions.equalTo('31')).getMany())).code).toBe(
      'BAD_REQUEST',
    );
    expect((await kvsError(byTeamAge().limit(101).getMany())).code).toBe(
      'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE',
    );
  });
});
