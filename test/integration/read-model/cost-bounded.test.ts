import { OVERVIEW_PRIORITIES, type Input, type ResolverKey } from '../../../src/contract';
import { DEMO_USERS, generateSite } from '../../../local/demo';
import { scaleBackup, type ScaleSize } from '../../../local/demo/scale-portfolio';
import { startApp, type ModuleKey, type Subject, type TestApp } from '../../support/app';

/**
 * Issue 8: what a view costs is bounded by what it shows, not by how many epics the portfolio
 * holds. The same site carries a small and a ten-times-larger market layer (loaded through
 * admin.import); every read below must cost the same requests at both sizes, within Forge's
 * budgets. Counts are exact, so the assertions are too.
 */
jest.setTimeout(120_000);

const site = generateSite({ projects: 60, epicsPerProject: 30, childrenPerEpic: 1 });
const SMALL: ScaleSize = {
  markets: 3,
  priorities: 12,
  solutions: 12,
  productsPerSolution: [2, 4],
  epicsPerCell: 1,
};
const LARGE: ScaleSize = {
  markets: 20,
  priorities: 200,
  solutions: 150,
  productsPerSolution: [4, 12],
  epicsPerCell: 2,
};

interface Cost {
  kvsRequests: number;
  readUnits: number;
  jiraRequests: number;
  bytes: number;
}

async function cost<K extends ResolverKey>(
  app: TestApp,
  key: K,
  payload: Input<K>,
  where: { module: ModuleKey; subject?: Subject } = { module: 'portfolio' },
): Promise<Cost> {
  const kvs = app.rt.kvs.operationCount;
  const units = app.rt.kvs.readUnits;
  const jira = app.rt.jiraTraffic.length;
  const result = await app.callAs('productManager', where.module, key, payload, where.subject);
  if (!result.ok) throw new Error(`${key}: ${JSON.stringify(result.error)}`);
  return {
    kvsRequests: app.rt.kvs.operationCount - kvs,
    readUnits: app.rt.kvs.readUnits - units,
    jiraRequests: app.rt.jiraTraffic.length - jira,
    bytes: Buffer.byteLength(JSON.stringify(result.data)),
  };
}

/** An epic linked to exactly one solution, the same kind of epic at both sizes. */
let epicKey = '';

async function loaded(size: ScaleSize): Promise<TestApp> {
  const app = startApp({ site });
  const backup = scaleBackup(site, size);
  const links = new Map<string, number>();
  for (const c of backup.contributions) links.set(c.epicKey, (links.get(c.epicKey) ?? 0) + 1);
  epicKey = [...links].find(([, n]) => n === 1)![0];
  const imported = await app.rt.invoke(
    'settings',
    'admin.import',
    { backup },
    {
      accountId: DEMO_USERS.portfolioLead,
      extension: { type: 'jira:adminPage' },
    },
  );
  expect(imported).toMatchObject({ ok: true, data: { contributions: backup.contributions.length } });
  await cost(app, 'portfolio.get', {}); // the first landing after an import starts Jira's open-epic count
  await app.rt.deliverJobs();
  return app;
}

/** What each read costs on one loaded layer. One runtime at a time: the SDK globals are per process. */
async function measure(size: ScaleSize) {
  const app = await loaded(size);
  try {
    const kvsBefore = app.rt.kvs.operationCount;
    const admin = await app.callAs('portfolioLead', 'settings', 'admin.get', {});
    if (!admin.ok) throw new Error('admin.get failed');
    const adminKvsRequests = app.rt.kvs.operationCount - kvsBefore;
    const landing = await cost(app, 'portfolio.get', {});
    const matrixPage = await cost(app, 'portfolio.matrix', { offset: 50, limit: 50 });
    const balancePage = await cost(app, 'portfolio.balance', { offset: 0, limit: 100 });
    const investment = await cost(app, 'portfolio.investment', {});
    const roadmap = await cost(app, 'portfolio.roadmap', {});
    const view = await app.callAs('productManager', 'portfolio', 'portfolio.get', {});
    if (!view.ok) throw new Error('portfolio.get failed');
    // The dashboard gadgets, each from its own module, configured for one market.
    const marketId = view.data.markets[0].id;
    const gadgets = {
      readiness: await cost(
        app,
        'portfolio.roadmap',
        { marketId, limit: 10 },
        { module: 'solution-readiness' },
      ),
      balance: await cost(
        app,
        'portfolio.balance',
        { marketId, offset: 0, limit: 10 },
        { module: 'product-balance' },
      ),
      investment: await cost(app, 'portfolio.investment', {}, { module: 'market-investment' }),
    };
    const row = view.data.matrix.items.find((r) => r.cells.length > 0)!;
    const cell = await cost(app, 'matrix.cell', {
      solutionId: row.solutionId,
      projectId: row.cells[0].projectId,
    });
    const adminUnitsBefore = app.rt.kvs.readUnits;
    await app.callAs('portfolioLead', 'settings', 'admin.get', {});
    const adminReadUnits = app.rt.kvs.readUnits - adminUnitsBefore;
    const project = site.projects.find((p) => p.key === epicKey.split('-')[0])!;
    return {
      contributions: admin.data.counts.contributions,
      adminKvsRequests,
      adminReadUnits,
      project: await cost(
        app,
        'project.get',
        {},
        { module: 'market-context', subject: { project: project.key } },
      ),
      landing,
      matrixPage,
      balancePage,
      investment,
      roadmap,
      gadgets,
      cell,
      epic: await cost(app, 'epic.get', {}, { module: 'epic-solutions', subject: { issue: epicKey } }),
      audit: await cost(app, 'audit.list', { entityType: 'solution', entityId: row.solutionId }),
      priorities: await cost(app, 'portfolio.priorities', {}),
      priorityCount: view.data.counts.priorities,
      overview: {
        markets: view.data.markets.length,
        layerBytes: Buffer.byteLength(JSON.stringify(view.data.markets.map((m) => m.layers))),
        marketIds: view.data.solutions.reduce((n, s) => n + s.marketIds.length, 0),
        priorityIds: view.data.solutions.reduce((n, s) => n + s.priorityIds.length, 0),
        topPriorities: view.data.markets.reduce((n, m) => n + m.topPriorities.length, 0),
      },
    };
  } finally {
    app.close();
  }
}

let small: Awaited<ReturnType<typeof measure>>;
let large: Awaited<ReturnType<typeof measure>>;
beforeAll(async () => {
  small = await measure(SMALL);
  large = await measure(LARGE);
  if (process.env.SHOW_COSTS) console.log(JSON.stringify({ small, large }, null, 1));
});

const requests = (c: Cost) => ({ kvsRequests: c.kvsRequests, jiraRequests: c.jiraRequests });

test('the large layer really is many times the small one', () => {
  expect(large.contributions).toBeGreaterThan(10 * small.contributions);
});

test('the settings page counts the layer in at most 3 storage requests, reading the same few values at any size', () => {
  expect(large.adminKvsRequests).toBe(small.adminKvsRequests);
  expect(large.adminKvsRequests).toBeLessThanOrEqual(3);
  // Counts come from the read model's directory, not from every shard: a few units, not the model.
  expect(large.adminReadUnits).toBeLessThanOrEqual(small.adminReadUnits + 2);
  expect(large.adminReadUnits).toBeLessThanOrEqual(12);
});

test('the epic panel of an epic in one solution costs the same at both sizes: at most 3 storage requests', () => {
  expect(requests(large.epic)).toEqual(requests(small.epic));
  expect(large.epic.kvsRequests).toBeLessThanOrEqual(3);
  expect(large.epic.jiraRequests).toBeLessThanOrEqual(2);
  // Its solution's contributions, the directory and the strategy behind it: never the whole model.
  expect(large.epic.readUnits).toBeLessThanOrEqual(small.epic.readUnits + 4);
});

test('the project page costs what its own contributions need, not what the portfolio holds', () => {
  // In the large layer the project serves ~20 solutions: one index query each would be ~25 requests.
  expect(large.project.kvsRequests).toBeLessThanOrEqual(10);
  expect(large.project.jiraRequests).toBeLessThanOrEqual(3);
});

test('the landing costs the same requests at both sizes, within Forge’s budgets', () => {
  expect(requests(large.landing)).toEqual(requests(small.landing));
  expect(large.landing.kvsRequests).toBeLessThanOrEqual(10);
  expect(large.landing.jiraRequests).toBeLessThanOrEqual(3);
  expect(large.landing.readUnits).toBeLessThanOrEqual(200);
  // The landing reads the packed landing shards only: linked epic ids and contributions live apart.
  expect(large.landing.readUnits).toBeLessThanOrEqual(small.landing.readUnits + 12);
  expect(large.landing.bytes).toBeLessThanOrEqual(1024 * 1024);
});

test('a matrix page, a balance page and a cell cost the same requests at both sizes', () => {
  for (const view of ['matrixPage', 'balancePage', 'cell'] as const) {
    expect([view, requests(large[view])]).toEqual([view, requests(small[view])]);
    expect(large[view].kvsRequests).toBeLessThanOrEqual(10);
    expect(large[view].jiraRequests).toBeLessThanOrEqual(3);
    expect(large[view].bytes).toBeLessThanOrEqual(500 * 1024);
  }
});

test('a solution’s history costs the same at both sizes: its entries and its links, never the whole layer', () => {
  expect(requests(large.audit)).toEqual(requests(small.audit));
  expect(large.audit.kvsRequests).toBeLessThanOrEqual(10);
  expect(large.audit.jiraRequests).toBeLessThanOrEqual(3);
  expect(large.audit.readUnits).toBeLessThan(large.contributions / 10);
});

test('investment and the roadmap cost what the landing costs at both sizes: the same shards, no contribution read', () => {
  for (const view of ['investment', 'roadmap'] as const) {
    expect([view, requests(large[view])]).toEqual([view, requests(small[view])]);
    expect([view, large[view].kvsRequests]).toEqual([view, large.landing.kvsRequests]);
    expect(large[view].readUnits).toBeLessThanOrEqual(large.landing.readUnits);
    expect(large[view].readUnits).toBeLessThanOrEqual(small[view].readUnits + 12);
    expect(large[view].jiraRequests).toBeLessThanOrEqual(3);
  }
  // Investment answers one row per market: its size follows the markets, never the epics.
  expect(large.investment.bytes).toBeLessThanOrEqual(20 * 1024);
  // The roadmap answers at most ROADMAP_CARDS cards a column.
  expect(large.roadmap.bytes).toBeLessThanOrEqual(500 * 1024);
});

test('each dashboard gadget costs what the landing costs at both sizes, and answers a few KB', () => {
  for (const gadget of ['readiness', 'balance', 'investment'] as const) {
    const [l, s] = [large.gadgets[gadget], small.gadgets[gadget]];
    expect([gadget, requests(l)]).toEqual([gadget, requests(s)]);
    expect([gadget, l.kvsRequests]).toEqual([gadget, large.landing.kvsRequests]);
    expect(l.readUnits).toBeLessThanOrEqual(large.landing.readUnits);
    expect(l.jiraRequests).toBeLessThanOrEqual(1);
    // Ten solutions or products a gadget, or one row per market: never the portfolio.
    expect([gadget, l.bytes <= 20 * 1024]).toEqual([gadget, true]);
  }
});

test('the solution form’s priority choices are one read of the landing’s shards, not one call per market', () => {
  expect(requests(large.priorities)).toEqual(requests(small.priorities));
  expect(large.priorities.kvsRequests).toBeLessThanOrEqual(large.landing.kvsRequests);
  expect(large.priorities.jiraRequests).toBe(0);
  // Names only: about a hundred bytes a priority.
  expect(large.priorities.bytes).toBeLessThanOrEqual(150 * large.priorityCount);
});

test('the overview’s additions to the landing are counts: a fixed size a market, at most one id a priority addressed', () => {
  for (const { overview } of [small, large]) {
    // Three layers, two counts each: about 130 bytes a market whatever it holds.
    expect(overview.layerBytes).toBeLessThanOrEqual(160 * overview.markets);
    // A solution's markets are never more than the priorities it addresses.
    expect(overview.marketIds).toBeLessThanOrEqual(overview.priorityIds);
    // The priorities it names: at most OVERVIEW_PRIORITIES of each layer a market, whatever the count.
    expect(overview.topPriorities).toBeLessThanOrEqual(3 * OVERVIEW_PRIORITIES * overview.markets);
  }
  expect(large.overview.topPriorities).toBeLessThan(large.priorityCount);
});
