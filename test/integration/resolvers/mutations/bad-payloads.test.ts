import { MODULES } from '../../../support/app';
import { BAD_CASES, MUTATION_KEYS } from './bad-payloads';
import { seeded, type Seeded } from './seed';

/**
 * PRODUCT.md: "Every bad input gets a clear, specific error next to the field; nothing is
 * half-written." For every mutation key and five kinds of bad payload, sent by the portfolio lead
 * (who may change everything), storage is byte-for-byte what it was before.
 */
let s: Seeded;
beforeAll(async () => {
  s = await seeded();
});
afterAll(() => s.app.close());

const rows = MUTATION_KEYS.flatMap((key) => BAD_CASES[key].map((c) => ({ key, ...c })));

test('the table covers every mutation key with every kind of bad payload', () => {
  for (const key of MUTATION_KEYS) {
    expect(BAD_CASES[key].map((c) => c.kind)).toEqual([
      'wrong type',
      'missing field',
      'unknown field',
      'oversize string',
      'id that does not exist',
    ]);
  }
});

test.each(rows)(
  '$key with $kind changes nothing and says which field',
  async ({ key, payload, expect: wanted }) => {
    const before = s.app.rt.kvs.dump();
    const result = await s.app.callRaw('portfolioLead', MODULES.portfolio, key, payload(s));
    expect(s.app.rt.kvs.dump()).toEqual(before);
    if (result.ok)
      throw new Error(`${key} accepted a bad payload: ${JSON.stringify(result.data).slice(0, 200)}`);
    expect(result.error.code).toBe(wanted.code);
    if (wanted.code !== 'VALIDATION') return;
    expect(Object.keys(result.error.fields ?? {})).toContain(wanted.field);
    if (wanted.naming) expect(result.error.fields?.[wanted.field]).toContain(wanted.naming);
    // The message is for a person: no stack traces, no raw 10,000-character echo.
    expect(JSON.stringify(result.error).length).toBeLessThan(2_000);
  },
);
