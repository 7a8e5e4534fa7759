import type {
  CellSummary,
  Contribution,
  Priority,
  Solution,
  Input,
  MarketSummary,
  MatrixRowSummary,
  Output,
  ProductBalance,
  ProductSummary,
  ResolverKey,
  SolutionBrief,
} from '../../../src/contract';

/**
 * A synthetic portfolio answering the portfolio page's reads through the typed contract, for
 * browser tests of the UI's own cost at scale (DOM size, calls made) without the backend. The
 * backend's cost is measured by its own tests; this one holds the contract's shapes only.
 */
export interface StandInOptions {
  solutions: number;
  products: number;
  /** Products each solution has epics in; `products` makes every cell of the matrix non-empty. */
  productsPerSolution: number;
}

const stored = { version: 1, createdAt: '2026-11-01', updatedAt: '2026-11-01', updatedBy: 'acc-lead' };
const pad = (n: number) => String(n).padStart(3, '0');
const HIDDEN_PRODUCT = 7;

export function standInPortfolio({ solutions, products, productsPerSolution }: StandInOptions) {
  const calls: { key: ResolverKey; input: unknown }[] = [];
  const product = (i: number): ProductSummary => ({
    projectId: String(10000 + i),
    projectKey: i === HIDDEN_PRODUCT ? '' : `P${pad(i)}`,
    projectName: i === HIDDEN_PRODUCT ? '' : `Product ${pad(i)}`,
    displayName: '',
    productLine: '',
    version: null,
    browsable: i !== HIDDEN_PRODUCT,
  });
  const markets: MarketSummary[] = [0, 1, 2].map((m) => ({
    id: `mkt_${pad(m)}abc`,
    name: `Market ${m + 1}`,
    description: '',
    segments: [],
    strategicWeight: 5 - m,
    status: 'target',
    ownerAccountId: null,
    priorityCount: 2,
    solutionCount: Math.ceil(solutions / 3),
    ...stored,
  }));
  const priorityId = (s: number) => `pri_${pad(s % 6)}abc`;
  const briefs: SolutionBrief[] = Array.from({ length: solutions }, (_, s) => ({
    id: `sol_${pad(s)}abc`,
    name: `Solution ${pad(s + 1)}`,
    status: 'committed',
    horizon: 'now',
    priorityIds: [priorityId(s)],
    version: 1,
    rank: s + 1,
    score: 1000 - s,
  }));
  const productsOf = (s: number) =>
    Array.from(
      { length: productsPerSolution },
      (_, j) => (s * 7 + j * Math.floor(products / productsPerSolution)) % products,
    );
  const row = (s: number): MatrixRowSummary => {
    const cells: CellSummary[] = productsOf(s)
      .sort((a, b) => a - b)
      .map((p) => ({
        projectId: product(p).projectId,
        epics: 1 + ((s + p) % 3),
        openEpics: (s + p) % 2,
        readiness: ((s + p) % 10) / 10,
      }));
    return {
      solutionId: briefs[s].id,
      integrationIndex: cells.length,
      singleProduct: cells.length === 1,
      epics: cells.reduce((sum, cell) => sum + cell.epics, 0),
      cells,
      readiness: { weakest: 0.1, weakestProjectKey: 'P001', average: 0.5 },
    };
  };
  const rowsFor = (projectId?: string) =>
    Array.from({ length: solutions }, (_, s) => s).filter(
      (s) => !projectId || productsOf(s).some((p) => product(p).projectId === projectId),
    );
  const productsIn = (rows: MatrixRowSummary[]) => {
    const ids = new Set(rows.flatMap((r) => r.cells.map((c) => c.projectId)));
    return Array.from({ length: products }, (_, p) => product(p)).filter((p) => ids.has(p.projectId));
  };
  const balance = (p: number): ProductBalance => ({
    projectId: product(p).projectId,
    projectKey: product(p).projectKey,
    name: product(p).projectName,
    openEpics: 40,
    growth: p % 40,
    incremental: 40 - (p % 40),
    share: (p % 40) / 40,
    target: 0.6,
    verdict: p % 40 < 24 ? 'below' : 'on-target',
  });
  const priority = (i: number): Priority => ({
    id: priorityId(i),
    marketId: markets[i % 3].id,
    title: `Priority ${i + 1}`,
    outcome: `Outcome ${i + 1}`,
    layer: i < 3 ? 'executive' : 'senior-manager',
    importance: 3,
    evidence: [],
    status: 'validated',
    ...stored,
  });
  const solution = (s: number): Solution => ({
    ...briefs[s],
    valueStatement: `Value of solution ${s + 1}`,
    ownerAccountId: null,
    ...stored,
  });
  const contribution = (solutionId: string, projectId: string, n: number): Contribution => ({
    id: `con_${solutionId.slice(4)}${n}`,
    solutionId,
    epicId: `${projectId}${n}`,
    epicKey: `P${pad(Number(projectId) - 10000)}-${n + 1}`,
    projectId,
    projectKey: `P${pad(Number(projectId) - 10000)}`,
    note: `Part ${n + 1}`,
    linkedBy: 'acc-lead',
    linkedAt: '2026-11-01',
    snapshot: {
      summary: `Epic ${n + 1} of ${projectId} for ${solutionId}`,
      statusName: 'In Progress',
      statusCategory: 'indeterminate',
      dueDate: null,
      children: { total: 4, done: 1, inProgress: 1 },
      refreshedAt: '2026-11-01',
    },
    ...stored,
  });

  const writes: { [K in ResolverKey]?: (input: Input<K>) => Output<K> } = {
    // Accepted and forgotten: what a test looks at is what the page asks for afterwards.
    'contribution.unlink': ({ id }) => ({ deleted: [{ type: 'contribution', id }] }),
  };

  const handlers: { [K in ResolverKey]?: (input: Input<K>) => Output<K> } = {
    'portfolio.get': () => {
      const first = rowsFor().slice(0, 50).map(row);
      return {
        viewer: { accountId: 'acc-lead', displayName: 'Lead', canManage: true },
        settings: {
          balanceTarget: 0.6,
          layerWeights: { executive: 3, 'senior-manager': 2, user: 1 },
          epicIssueTypes: ['Epic'],
          extraEditorAccountIds: [],
          ...stored,
        },
        counts: {
          markets: 3,
          priorities: 6,
          solutions,
          contributions: solutions * productsPerSolution * 2,
          products,
        },
        markets,
        solutions: briefs,
        matrix: { items: first, offset: 0, total: solutions },
        gaps: [
          {
            kind: 'priority-unaddressed',
            entityType: 'priority',
            entityId: priorityId(1),
            message: 'Nothing addresses it',
          },
        ],
        gapCounts: {
          'priority-unaddressed': 130,
          'solution-without-epics': 0,
          'market-without-executive-priority': 0,
          'priority-only-proposed': 0,
        },
        balance: {
          items: Array.from({ length: Math.min(100, products) }, (_, p) => balance(p)),
          offset: 0,
          total: products,
        },
        products: productsIn(first),
        countedAt: '2026-11-30T06:00:00.000Z',
      };
    },
    'portfolio.matrix': ({ offset = 0, limit = 200, projectId }) => {
      const all = rowsFor(projectId);
      const items = all.slice(offset, offset + limit).map(row);
      return { rows: { items, offset, total: all.length }, products: productsIn(items) };
    },
    'portfolio.balance': ({ offset = 0, limit = 200 }) => ({
      balance: {
        items: Array.from({ length: Math.max(0, Math.min(limit, products - offset)) }, (_, i) =>
          balance(offset + i),
        ),
        offset,
        total: products,
      },
    }),
    'market.detail': ({ marketId }) => {
      const m = markets.findIndex((market) => market.id === marketId);
      const priorities = [m, m + 3].map(priority);
      const own = briefs.map((_, s) => s).filter((s) => s % 3 === m);
      return {
        market: markets[m],
        priorities,
        solutions: own.map(solution),
        narrative: {
          marketId,
          name: markets[m].name,
          priorities: priorities.map((p) => ({
            priorityId: p.id,
            title: p.title,
            outcome: p.outcome,
            layer: p.layer,
            solutions: own
              .filter((s) => priorityId(s) === p.id)
              .map((s) => ({
                solutionId: briefs[s].id,
                name: briefs[s].name,
                valueStatement: solution(s).valueStatement,
                status: briefs[s].status,
                productKeys: ['P001', 'P002'],
                readiness: row(s).readiness,
              })),
          })),
        },
      };
    },
    'solution.detail': ({ solutionId }) => {
      const s = briefs.findIndex((brief) => brief.id === solutionId);
      return {
        solution: solution(s),
        priorities: [priority(s % 6)],
        contributions: [1, 2].map((p) => contribution(solutionId, product(p).projectId, 0)),
        hiddenCount: 3,
        readiness: row(s).readiness,
        products: [product(1), product(2)],
      };
    },
    'matrix.cell': ({ solutionId, projectId }) => {
      const visible = projectId !== product(HIDDEN_PRODUCT).projectId;
      return {
        solutionId,
        projectId,
        contributions: visible ? [0, 1].map((n) => contribution(solutionId, projectId, n)) : [],
        hiddenCount: visible ? 1 : 2,
      };
    },
  };

  return {
    calls,
    answer(key: string, input: unknown): unknown {
      calls.push({ key: key as ResolverKey, input });
      const handler = (handlers[key as ResolverKey] ?? writes[key as ResolverKey]) as
        ((input: unknown) => unknown) | undefined;
      if (!handler)
        return { ok: false, error: { code: 'UNAVAILABLE', message: `The stand-in does not answer ${key}` } };
      return { ok: true, data: handler(input ?? {}) };
    },
  };
}
