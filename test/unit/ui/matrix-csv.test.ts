import type { MatrixRowSummary, ProductSummary, SolutionBrief } from '../../../src/contract';
import { csvCell, matrixCsv } from '../../../static/portfolio/src/matrix/matrixCsv';

const brief = (id: string, name: string, rank: number | null): SolutionBrief => ({
  id,
  name,
  status: rank === null ? 'dropped' : 'committed',
  horizon: 'now',
  priorityIds: ['pri_abcdef'],
  version: 1,
  rank,
  score: rank === null ? 0 : 50 - rank,
  marketIds: ['mkt_abcdef'],
  readiness: null,
});
const product = (
  projectId: string,
  projectKey: string,
  projectName: string,
  browsable = true,
): ProductSummary => ({
  projectId,
  projectKey,
  projectName,
  displayName: '',
  productLine: '',
  version: null,
  browsable,
});
const solutions = new Map(
  [brief('sol_kyc001', 'Onboarding', 1), brief('sol_close1', 'Close, "fast"', 2)].map((s) => [s.id, s]),
);
const products = new Map(
  [product('1', 'BILL', 'Billing'), product('2', 'ANLY', 'Analytics'), product('3', '', '', false)].map(
    (p) => [p.projectId, p],
  ),
);
const rows: MatrixRowSummary[] = [
  {
    solutionId: 'sol_kyc001',
    integrationIndex: 0,
    singleProduct: false,
    epics: 0,
    cells: [],
    readiness: { weakest: null, weakestProjectKey: null, average: null },
  },
  {
    solutionId: 'sol_close1',
    integrationIndex: 3,
    singleProduct: false,
    epics: 4,
    cells: [
      { projectId: '1', epics: 2, openEpics: 1, readiness: 0.25 },
      { projectId: '2', epics: 1, openEpics: 1, readiness: 0.5 },
      { projectId: '3', epics: 1, openEpics: 0, readiness: 1 },
    ],
    readiness: { weakest: 0.25, weakestProjectKey: 'BILL', average: 0.375 },
  },
];

test('cells with commas, quotes or line breaks are quoted; formulas are defused for spreadsheets', () => {
  expect(csvCell('plain')).toBe('plain');
  expect(csvCell('a, b')).toBe('"a, b"');
  expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  expect(csvCell(3)).toBe('3');
});

test('the export lists the rows in order with each product’s epic count, totals and readiness', () => {
  const lines = matrixCsv(rows, solutions, products).trim().split('\r\n');
  expect(lines[0]).toBe(
    'Rank,Solution,Status,Products (epics),Linked epics,Open epics,Integration index,Single product,Weakest readiness,Weakest product,Average readiness',
  );
  expect(lines[1]).toBe('1,Onboarding,committed,,0,0,0,no,—,,—');
  expect(lines[2]).toBe(
    '2,"Close, ""fast""",committed,Billing (BILL): 2; Analytics (ANLY): 1; A project you cannot view: 1,4,2,3,no,25%,BILL,38%',
  );
});

test('a project the viewer cannot browse, or one no answer named, is never named in the export', () => {
  const unnamed = matrixCsv(rows, solutions, new Map()).split('\r\n')[2];
  expect(unnamed).toContain('A project you cannot view: 2; A project you cannot view: 1');
  expect(unnamed).not.toMatch(/Billing|Analytics/);
});

test('rows of solutions the summary does not know (deleted since) are left out, and dropped ones have no rank', () => {
  const dropped = new Map(solutions).set('sol_drop01', brief('sol_drop01', 'Old', null));
  const csv = matrixCsv(
    [
      { ...rows[0], solutionId: 'sol_gone01' },
      { ...rows[0], solutionId: 'sol_drop01' },
    ],
    dropped,
    products,
  );
  expect(csv.trim().split('\r\n')).toEqual([expect.stringMatching(/^Rank,/), ',Old,dropped,,0,0,0,no,—,,—']);
});
