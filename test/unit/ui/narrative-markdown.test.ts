import type { NarrativeMarket, NarrativeSolution } from '../../../src/contract';
import { escapeMarkdown, narrativeMarkdown } from '../../../static/portfolio/src/narrative/narrativeMarkdown';
import { filterStory } from '../../../static/portfolio/src/narrative/storyFilter';

// Issue 10: the value narrative exported for a board deck, in customer language: products by
// name, no issue or project key, epics the viewer may not browse counted and never named.

const solution = (overrides: Partial<NarrativeSolution>): NarrativeSolution => ({
  solutionId: 'sol_close0001',
  name: 'Continuous close',
  valueStatement: 'Books close themselves every night.',
  status: 'committed',
  products: ['Analytics', 'Billing', 'Integrations'],
  hiddenEpics: 0,
  weakestProduct: 'Billing',
  readiness: { weakest: 0.4, weakestProjectKey: 'BILL', average: 0.625 },
  ...overrides,
});

const banks: NarrativeMarket = {
  marketId: 'mkt_banks0001',
  name: 'Mid-size banks',
  priorities: [
    {
      priorityId: 'pri_close0001',
      title: 'Close the books in 3 days',
      outcome: 'Month-end close drops from 10 days to 3.',
      layer: 'executive',
      solutions: [
        solution({}),
        solution({
          solutionId: 'sol_portal001',
          name: 'One *portal*',
          valueStatement: 'Every approval [in one place].',
          status: 'proposed',
          products: ['Identity'],
          hiddenEpics: 2,
          weakestProduct: null,
          readiness: { weakest: 0, weakestProjectKey: null, average: 0.5 },
        }),
      ],
    },
    {
      priorityId: 'pri_login0001',
      title: 'Sign in once',
      outcome: '',
      layer: 'user',
      solutions: [],
    },
  ],
};
const insurers: NarrativeMarket = { marketId: 'mkt_insure001', name: 'Insurers', priorities: [] };

test('tells each market, its priorities and their solutions as Markdown, word for word', () => {
  expect(narrativeMarkdown([banks, insurers], 'Every market')).toBe(
    [
      '# Value narrative',
      '',
      '_Every market_',
      '',
      '## For Mid-size banks',
      '',
      '### Their executives need to close the books in 3 days',
      '',
      'Outcome: Month-end close drops from 10 days to 3.',
      '',
      '- **Continuous close** (Committed): Books close themselves every night.',
      '  Delivered together by Analytics, Billing and Integrations. 40% ready, held back most by Billing (63% on average).',
      '- **One \\*portal\\*** (Proposed): Every approval \\[in one place\\].',
      '  Delivered by Identity, and 2 epics in products you cannot view. 0% ready (50% on average).',
      '',
      '### Their people need to sign in once',
      '',
      '- _We do not answer this yet._',
      '',
      '## For Insurers',
      '',
      '_No business priority to tell here._',
      '',
    ].join('\n'),
  );
});

test('names no project or issue key, only products', () => {
  const text = narrativeMarkdown([banks], 'Every market');
  expect(text).not.toMatch(/\bBILL\b|[A-Z][A-Z0-9]+-\d+/);
});

test('says so when there is nothing to tell', () => {
  expect(narrativeMarkdown([], 'Executive priorities')).toBe(
    '# Value narrative\n\n_Executive priorities_\n\nNo market has a business priority to tell yet.\n',
  );
});

test('escapes inline formatting and keeps user text on one line', () => {
  expect(escapeMarkdown('  A `b`\n  <c> ~d~ \\ e_f  ')).toBe('A \\`b\\` \\<c\\> \\~d\\~ \\\\ e\\_f');
});

test('filters a story by customer layer and by horizon, keeping unanswered priorities', () => {
  const horizonOf = (id: string) => (id === 'sol_close0001' ? 'now' : 'later');
  const executives = filterStory(banks, { layer: 'executive', horizon: null, horizonOf });
  expect(executives.priorities.map((p) => p.title)).toEqual(['Close the books in 3 days']);
  const now = filterStory(banks, { layer: null, horizon: 'now', horizonOf });
  expect(now.priorities.map((p) => [p.title, p.solutions.map((s) => s.name)])).toEqual([
    ['Close the books in 3 days', ['Continuous close']],
    ['Sign in once', []],
  ]);
  const next = filterStory(banks, { layer: 'executive', horizon: 'next', horizonOf });
  expect(next.priorities).toEqual([]);
});
