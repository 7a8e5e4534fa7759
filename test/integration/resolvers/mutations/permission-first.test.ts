import { MAX_FIELD_ERRORS, RESOLVER_KEYS, type ResolverKey } from '../../../../src/contract';
import { MODULES } from '../../../support/app';
import { err, seeded, type Seeded } from './seed';

/**
 * Issue 9, item 2: a caller without "Manage market layer" is refused before their payload is read,
 * so nothing they send makes the app work or answer at length; and no VALIDATION answer, whoever
 * gets it, lists more than MAX_FIELD_ERRORS fields.
 */
let s: Seeded;
beforeAll(async () => {
  s = await seeded();
});
afterAll(() => s.app.close());

/** Keys anyone may call (reads) or that are authorized by the epic they name (links). */
const OPEN_KEYS: readonly ResolverKey[] = [
  'portfolio.get',
  'portfolio.matrix',
  'portfolio.balance',
  'portfolio.priorities',
  'portfolio.investment',
  'portfolio.roadmap',
  'matrix.cell',
  'market.detail',
  'solution.detail',
  'project.get',
  'epic.get',
  'admin.get',
  'audit.list',
  'epics.search',
  'projects.search',
  'solutions.choices',
  'balance.preview',
  'jira.issueTypes',
  'users.search',
  'jobs.list',
  'contribution.link',
  'contribution.update',
  'contribution.unlink',
];
const MANAGER_KEYS = RESOLVER_KEYS.filter((key) => !OPEN_KEYS.includes(key));

/** 100,000 wrong entries: what a viewer once turned into a 9.5 MB VALIDATION answer. */
const flood = () => ({ backup: { markets: Array.from({ length: 100_000 }, () => 1) } });
const answerSize = (result: unknown) => JSON.stringify(result).length;

test('every key is either open or manager-only (a new key must be placed on purpose)', () => {
  expect(MANAGER_KEYS).toEqual(
    expect.arrayContaining(['market.create', 'settings.update', 'admin.import', 'admin.export']),
  );
});

test.each(MANAGER_KEYS)('%s refuses a viewer with FORBIDDEN before reading the payload', async (key) => {
  const before = s.app.rt.kvs.dump();
  const result = await s.app.callRaw('viewer', MODULES.settings, key, { junk: 'x'.repeat(10_000) });
  expect(err(result).code).toBe('FORBIDDEN');
  expect(answerSize(result)).toBeLessThan(500);
  expect(s.app.rt.kvs.dump()).toEqual(before);
});

test('a viewer sending admin.import 100,000 bad markets gets a small FORBIDDEN, not a 9.5 MB VALIDATION', async () => {
  const result = await s.app.callRaw('viewer', MODULES.settings, 'admin.import', flood());
  expect(err(result)).toMatchObject({ code: 'FORBIDDEN' });
  expect(err(result).fields).toBeUndefined();
  expect(answerSize(result)).toBeLessThan(500);
});

test('a manager sending the same gets the first field errors and a count of the rest', async () => {
  const before = s.app.rt.kvs.dump();
  const error = err(await s.app.callRaw('portfolioLead', MODULES.settings, 'admin.import', flood()));
  expect(error.code).toBe('VALIDATION');
  expect(Object.keys(error.fields ?? {})).toHaveLength(MAX_FIELD_ERRORS);
  expect(error.fields?.['backup.markets.0']).toBeDefined();
  expect(error.message).toMatch(/and [\d,]+ more\.$/);
  expect(answerSize(error)).toBeLessThan(5_000);
  expect(s.app.rt.kvs.dump()).toEqual(before);
});

test('an open key validates first, and its answer is bounded too: 5,000 unknown keys of 100 characters', async () => {
  const payload = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`${i}`.padStart(100, 'k'), 1]));
  const result = await s.app.callRaw('viewer', MODULES.epic, 'contribution.link', payload);
  expect(err(result).code).toBe('VALIDATION');
  expect(Object.keys(err(result).fields ?? {}).length).toBeLessThanOrEqual(MAX_FIELD_ERRORS);
  expect(answerSize(result)).toBeLessThan(5_000);
});

test('a field path or message of 400,000 characters is clipped in the answer', async () => {
  const result = await s.app.callRaw('portfolioLead', MODULES.portfolio, 'market.create', {
    name: 'Banks',
    strategicWeight: 3,
    status: 'target',
    ['k'.repeat(400_000)]: 1,
  });
  expect(err(result).code).toBe('VALIDATION');
  expect(answerSize(result)).toBeLessThan(2_000);
});

test('a manager with a bad payload still gets every field error (up to the cap) as before', async () => {
  const error = err(
    await s.app.callRaw('portfolioLead', MODULES.portfolio, 'market.create', {
      name: '',
      strategicWeight: 9,
    }),
  );
  expect(error).toMatchObject({
    code: 'VALIDATION',
    fields: {
      name: 'Enter name',
      strategicWeight: 'Strategic weight must be from 1 to 5',
      status: expect.any(String),
    },
  });
  expect(error.message).toBe('Please correct the fields: name, strategicWeight, status.');
});
