import type { MatrixRowSummary, ProductSummary } from '../../../src/contract';
import { matrixColumns } from '../../../static/portfolio/src/matrix/matrixColumns';

const product = (projectId: string, projectKey: string, browsable = true): ProductSummary => ({
  projectId,
  projectKey,
  projectName: `${projectKey} product`,
  displayName: '',
  productLine: '',
  version: null,
  browsable,
});
const row = (solutionId: string, cells: [string, number][]): MatrixRowSummary => ({
  solutionId,
  integrationIndex: cells.length,
  singleProduct: cells.length === 1,
  epics: cells.reduce((sum, [, epics]) => sum + epics, 0),
  cells: cells.map(([projectId, epics]) => ({ projectId, epics, openEpics: epics, readiness: 0 })),
  readiness: { weakest: 0, weakestProjectKey: null, average: 0 },
});
const products = new Map(
  [product('1', 'MOB'), product('2', 'ANLY'), product('3', 'BILL'), product('9', 'SECRET', false)].map(
    (p) => [p.projectId, p],
  ),
);

test('columns are the products with epics in the loaded rows, by key, unbrowsable projects last and unnamed', () => {
  const rows = [
    row('sol_a', [
      ['1', 2],
      ['9', 1],
    ]),
    row('sol_b', [
      ['3', 1],
      ['2', 0],
    ]),
  ];
  expect(matrixColumns(rows, products)).toEqual([
    { projectId: '3', label: 'BILL product (BILL)' },
    { projectId: '1', label: 'MOB product (MOB)' },
    { projectId: '9', label: 'A project you cannot view' },
  ]);
});

test('the product filtered on comes first', () => {
  const rows = [
    row('sol_a', [
      ['1', 2],
      ['3', 1],
    ]),
  ];
  expect(matrixColumns(rows, products, '1').map((column) => column.projectId)).toEqual(['1', '3']);
});
