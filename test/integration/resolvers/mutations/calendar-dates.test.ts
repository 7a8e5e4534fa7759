import { MODULES } from '../../../support/app';
import { backupOf } from './bad-payloads/shared';
import { err, ok, priorityFor, seeded, type Seeded } from './seed';

/** Issue 9, item 4: a date must be a day of the calendar (Date.parse rolls 2026-02-30 over to 2 March). */
let s: Seeded;
beforeAll(async () => {
  s = await seeded();
});
afterAll(() => s.app.close());

const withEvidence = (date: string) => ({
  ...priorityFor(s.market.id),
  evidence: [{ customerOrg: 'Acme Bank', role: 'CFO', date }],
});

test.each([
  ['2026-02-30', 'February 2026 has 28 days; there is no day 30'],
  ['2026-02-29', 'February 2026 has 28 days; there is no day 29'],
  ['2026-04-31', 'April 2026 has 30 days; there is no day 31'],
  ['2026-13-01', 'There is no month 13; use a date like 2026-03-31'],
  ['2026-01-00', 'January 2026 has 31 days; there is no day 0'],
])('an evidence date of %s is refused, naming the field: %s', async (date, message) => {
  const before = s.app.rt.kvs.dump();
  const error = err(await s.call('portfolioLead', 'priority.create', withEvidence(date)));
  expect(error).toMatchObject({ code: 'VALIDATION', fields: { 'evidence.0.date': message } });
  expect(s.app.rt.kvs.dump()).toEqual(before);
});

test('the same on update, under changes', async () => {
  const error = err(
    await s.call('portfolioLead', 'priority.update', {
      id: s.priority.id,
      version: s.priority.version,
      changes: { evidence: [{ customerOrg: 'Acme Bank', role: 'CFO', date: '2026-02-29' }] },
    }),
  );
  expect(error.fields).toEqual({
    'changes.evidence.0.date': 'February 2026 has 28 days; there is no day 29',
  });
});

test('real days are accepted, 29 February of a leap year included', async () => {
  for (const date of ['2024-02-29', '2026-12-31', '2026-04-30']) {
    const priority = ok(await s.call('portfolioLead', 'priority.create', withEvidence(date)));
    expect(priority.evidence[0]?.date).toBe(date);
  }
});

test("a backup's timestamps must be real moments too", async () => {
  const backup = backupOf(s);
  const result = await s.app.callRaw('portfolioLead', MODULES.settings, 'admin.import', {
    backup: { ...backup, markets: [{ ...s.market, createdAt: '2026-02-30T10:00:00.000Z' }] },
  });
  expect(err(result).fields).toMatchObject({
    'backup.markets.0.createdAt': 'February 2026 has 28 days; there is no day 30',
  });
});
