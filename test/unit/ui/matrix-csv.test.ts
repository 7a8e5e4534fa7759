import type { Contribution, PortfolioView, Solution } from '../../../src/contract';
import { csvCell, matrixCsv } from '../../../static/portfolio/src/matrix/matrixCsv';
import { buildIndex } from '../../../static/portfolio/src/portfolioIndex';

const stored = { version: 1, createdAt: '2026-01-01', updatedAt: '2026-01-01', updatedBy: 'acc-1' };
const solution = (id: string, name: string): Solution => ({
  id,
  name,
  valueStatement: 'Value',
  priorityIds: ['pri_abcdef'],
  horizon: 'now',
  status: 'committed',
  ownerAccountId: null,
  ...stored,
});
const contribution = (epicKey: string, projectId: string): Contribution => ({
  id: `con_${epicKey.replace('-', '')}xx`,
  solutionId: 'sol_close1',
  epicId: '1',
  epicKey,
  projectId,
  projectKey: epicKey.split('-')[0],
  note: '',
  linkedBy: 'acc-1',
  linkedAt: '2026-01-01',
  snapshot: {
    summary: 'Summary',
    statusName: 'In Progress',
    statusCategory: 'indeterminate',
    dueDate: null,
    children: { total: 4, done: 1, inProgress: 1 },
    refreshedAt: '2026-01-01',
  },
  ...stored,
});
const product = (projectId: string, projectKey: string, projectName: string) => ({
  projectId,
  projectKey,
  projectName,
  displayName: '',
  productLine: '',
  version: null,
  browsable: true,
});

const view = {
  solutions: [solution('sol_close1', 'Close, "fast"'), solution('sol_kyc001', 'Onboarding')],
  markets: [],
  priorities: [],
  priorityScores: [],
  products: [product('1', 'BILL', 'Billing'), product('2', 'ANLY', 'Analytics')],
  ranking: [
    { solutionId: 'sol_kyc001', rank: 1, score: 40 },
    { solutionId: 'sol_close1', rank: 2, score: 30 },
  ],
  matrix: [
    {
      solutionId: 'sol_close1',
      integrationIndex: 3,
      singleProduct: false,
      cells: [
        { projectId: '1', contributions: [contribution('BILL-19', '1')], readiness: 0.25 },
        { projectId: '2', contributions: [contribution('ANLY-7', '2')], readiness: 0.5 },
      ],
      readiness: { weakest: 0.25, weakestProjectKey: 'BILL', average: 0.375 },
      hiddenCount: 1,
    },
    {
      solutionId: 'sol_kyc001',
      integrationIndex: 0,
      singleProduct: false,
      cells: [],
      readiness: { weakest: null, weakestProjectKey: null, average: null },
      hiddenCount: 0,
    },
  ],
} as unknown as PortfolioView;

test('cells with commas, quotes or line breaks are quoted; formulas are defused for spreadsheets', () => {
  expect(csvCell('plain')).toBe('plain');
  expect(csvCell('a, b')).toBe('"a, b"');
  expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  expect(csvCell(3)).toBe('3');
});

test('the export lists solutions by rank with products, visible epic keys, hidden counts and readiness', () => {
  const lines = matrixCsv(view, buildIndex(view)).trim().split('\r\n');
  expect(lines[0]).toBe(
    'Rank,Solution,Status,Products,Epic keys,Hidden contributions,Integration index,Single product,Weakest readiness,Weakest product,Average readiness',
  );
  expect(lines[1]).toBe('1,Onboarding,committed,,,0,0,no,—,,—');
  expect(lines[2]).toBe(
    '2,"Close, ""fast""",committed,Billing (BILL); Analytics (ANLY),BILL-19; ANLY-7,1,3,no,25%,BILL,38%',
  );
});
