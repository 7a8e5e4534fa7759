import type { ResolverKey } from '../../../../src/contract';
import { MODULES } from '../../../support/app';
import { projectByKey } from '../../../support/site';
import { backupOf } from './bad-payloads/shared';
import { MARKET, err, ok, priorityFor, seeded, solutionFor, type Seeded } from './seed';

/**
 * Issue 9, item 5: every text a person types is text a person can read. Refused with a message
 * naming the field: control characters (NUL, terminal escapes), lone surrogates, text-direction
 * overrides, nothing visible; line breaks outside multi-line fields. Stored in NFC, trimmed.
 */
let s: Seeded;
beforeAll(async () => {
  s = await seeded();
});
afterAll(() => s.app.close());

const NOT_TEXT = {
  'only zero-width characters': ['\u200B\u200C\u200D\uFEFF', /only invisible characters/],
  'a Hangul filler and spaces': [' \u3164 ', /only invisible characters/],
  NUL: ['Banks\u0000', /control characters/],
  'a terminal escape code': ['\u001b[31mBanks\u001b[0m', /control characters/],
  'a C1 control (CSI)': ['Banks\u009b2J', /control characters/],
  'a lone surrogate': ['Banks \uD83D', /lone surrogate/],
  'a right-to-left override': ['Banks\u202Etxt.exe', /text-direction override/],
  'a directional isolate': ['\u2066Banks\u2069', /text-direction override/],
  'a line break in a one-line field': ['Mid-market\nbanks', /must be one line/],
} as const;

/** Each field a person types, as the payload that carries it and where its error lands. */
const FIELDS: { key: ResolverKey; path: string; payload: (s: Seeded, text: string) => unknown }[] = [
  { key: 'market.create', path: 'name', payload: (_s, name) => ({ ...MARKET, name }) },
  {
    key: 'market.create',
    path: 'segments.0.value',
    payload: (_s, value) => ({ ...MARKET, segments: [{ kind: 'region', value }] }),
  },
  {
    key: 'market.update',
    path: 'changes.name',
    payload: (s, name) => ({ id: s.market.id, version: s.market.version, changes: { name } }),
  },
  { key: 'priority.create', path: 'title', payload: (s, title) => ({ ...priorityFor(s.market.id), title }) },
  {
    key: 'priority.create',
    path: 'evidence.0.customerOrg',
    payload: (s, customerOrg) => ({
      ...priorityFor(s.market.id),
      evidence: [{ customerOrg, role: 'CFO', date: '2026-03-02' }],
    }),
  },
  {
    key: 'priority.create',
    path: 'evidence.0.role',
    payload: (s, role) => ({
      ...priorityFor(s.market.id),
      evidence: [{ customerOrg: 'Acme', role, date: '2026-03-02' }],
    }),
  },
  { key: 'solution.create', path: 'name', payload: (s, name) => ({ ...solutionFor([s.priority.id]), name }) },
  {
    key: 'contribution.update',
    path: 'note',
    payload: (s, note) => ({ id: s.contribution.id, version: s.contribution.version, note }),
  },
  {
    key: 'product.update',
    path: 'changes.displayName',
    payload: (s, displayName) => ({
      projectId: projectByKey(s.app.rt, 'INT').id,
      version: null,
      changes: { displayName },
    }),
  },
  {
    key: 'product.update',
    path: 'changes.productLine',
    payload: (s, productLine) => ({
      projectId: projectByKey(s.app.rt, 'INT').id,
      version: null,
      changes: { productLine },
    }),
  },
  {
    key: 'settings.update',
    path: 'changes.epicIssueTypes.0',
    payload: (_s, type) => ({ version: null, changes: { epicIssueTypes: [type] } }),
  },
];

/** The multi-line fields: line breaks and tabs are fine there, everything else is refused the same. */
const MULTI_LINE: typeof FIELDS = [
  {
    key: 'market.create',
    path: 'description',
    payload: (_s, description) => ({ ...MARKET, description }),
  },
  {
    key: 'priority.create',
    path: 'outcome',
    payload: (s, outcome) => ({ ...priorityFor(s.market.id), outcome }),
  },
  {
    key: 'priority.create',
    path: 'evidence.0.note',
    payload: (s, note) => ({
      ...priorityFor(s.market.id),
      evidence: [{ customerOrg: 'Acme', role: 'CFO', date: '2026-03-02', note }],
    }),
  },
  {
    key: 'solution.create',
    path: 'valueStatement',
    payload: (s, valueStatement) => ({ ...solutionFor([s.priority.id]), valueStatement }),
  },
];

const rows = Object.entries(NOT_TEXT).flatMap(([kind, [text, message]]) =>
  [...FIELDS, ...(kind.includes('line break') ? [] : MULTI_LINE)].map((field) => ({
    kind,
    text,
    message,
    ...field,
  })),
);

test.each(rows)('$key refuses $path with $kind, naming the field; nothing is written', async (row) => {
  const before = s.app.rt.kvs.dump();
  const error = err(
    await s.app.callRaw('portfolioLead', MODULES.portfolio, row.key, row.payload(s, row.text)),
  );
  expect(error.code).toBe('VALIDATION');
  expect(error.fields?.[row.path]).toMatch(row.message);
  expect(s.app.rt.kvs.dump()).toEqual(before);
});

test('names are stored in NFC and trimmed; joined emoji and right-to-left marks are text', async () => {
  const decomposed = 'Cafe\u0301 chains ';
  const market = ok(await s.call('portfolioLead', 'market.create', { ...MARKET, name: decomposed }));
  expect(market.name).toBe('Caf\u00e9 chains');
  const others = ['Dev teams 👩‍💻', 'בנקים\u200F', 'Ἀθῆναι'];
  for (const name of others)
    expect(ok(await s.call('portfolioLead', 'market.create', { ...MARKET, name })).name).toBe(
      name.normalize('NFC'),
    );
});

test('multi-line fields keep line breaks and tabs, stored as \\n', async () => {
  const market = ok(
    await s.call('portfolioLead', 'market.create', {
      ...MARKET,
      description: 'Who they are:\r\n\t- regional banks\r\n\t- credit unions',
    }),
  );
  expect(market.description).toBe('Who they are:\n\t- regional banks\n\t- credit unions');
});

test('a backup holding a name that is not text is refused like the form would refuse it', async () => {
  const backup = backupOf(s);
  const result = await s.app.callRaw('portfolioLead', MODULES.settings, 'admin.import', {
    backup: { ...backup, markets: [{ ...s.market, name: '\u200B' }] },
  });
  expect(err(result).fields?.['backup.markets.0.name']).toMatch(/only invisible characters/);
});
