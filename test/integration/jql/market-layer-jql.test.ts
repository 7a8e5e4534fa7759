import { startApp, type TestApp } from '../../support/app';
import { seedPortfolio, type SeededPortfolio } from '../../support/seed';
import { epicsOf } from '../../support/site';
import { createDeps } from '../../../src/deps';
import { startLayerJob } from '../../../src/resolvers/jobs/layer';
import { exchangeViolations } from '../../contract/record-jira-traffic';
import { keysFor, searchAs, sortedKeys } from './support';

/**
 * Issue 11: Jira's own search knows the market layer. Linked epics carry the `market-layer`
 * property, `marketLayer.*` aliases search it, and `issue in marketLayerSolution(…)` runs through
 * Jira's precomputation, all with the searcher's permissions (eli cannot browse MOB or the
 * secured PLAT epic; the product manager cannot browse the secured epic).
 */
let app: TestApp;
let s: SeededPortfolio;
beforeEach(async () => {
  app = startApp();
  s = await seedPortfolio(app);
  // Small solutions get their integration index rewritten with each link: no job waits.
  expect(app.rt.pendingJobs()).toEqual([]);
});
afterEach(() => app.close());

const SOLUTION_FN = 'issue in marketLayerSolution("Continuous close")';
const SOLUTION_ALIAS = 'marketLayer.solution = "Continuous close"';

test('every linked epic carries the market layer as an issue property', () => {
  const { continuousClose } = s.solutions;
  const { close, audit } = s.priorities;
  expect(app.rt.jira.getIssue(s.epics.bill.key)?.properties?.['market-layer']).toEqual({
    solutionIds: [continuousClose.id],
    solutions: ['Continuous close'],
    marketIds: [s.markets.emea.id],
    markets: ['Mid-market manufacturing EMEA'],
    priorityIds: [close.id, audit.id].sort(),
    priorities: ['Close the books in three days', 'Pass audits without overtime'],
    layers: ['executive', 'senior-manager'],
    // BILL, IAM, MOB and PLAT (the secured epic) contribute.
    integrationIndex: 4,
  });
});

test('the solution function returns exactly the linked epics each user may browse', async () => {
  const all = sortedKeys(s.epics.bill, s.epics.iam, s.epics.mob, s.epics.secured);
  expect(await keysFor(app, 'portfolioLead', SOLUTION_FN)).toEqual(all);
  expect(await keysFor(app, 'productManager', SOLUTION_FN)).toEqual(
    sortedKeys(s.epics.bill, s.epics.iam, s.epics.mob),
  );
  // Eli cannot browse MOB nor the secured epic: neither comes back, not even as a count.
  expect(await keysFor(app, 'engineeringLead', SOLUTION_FN)).toEqual(sortedKeys(s.epics.bill, s.epics.iam));
  expect(await keysFor(app, 'engineeringLead', SOLUTION_ALIAS)).toEqual(
    sortedKeys(s.epics.bill, s.epics.iam),
  );
});

test('Jira asks the app once per call and reuses the stored fragment: a clause on the property, not issue ids', async () => {
  await keysFor(app, 'engineeringLead', SOLUTION_FN);
  await keysFor(app, 'portfolioLead', SOLUTION_FN);
  const page = app.rt.jira.handle({ method: 'GET', path: '/rest/api/3/jql/function/computation' });
  expect(page.status).toBe(200);
  const { values } = page.body as { values: { functionName: string; arguments: string[]; value: string }[] };
  expect(values).toEqual([
    expect.objectContaining({
      functionName: 'marketLayerSolution',
      field: 'issue',
      operator: 'in',
      arguments: ['Continuous close'],
      value: `issue.property[market-layer].solutionIds in ("${s.solutions.continuousClose.id}")`,
    }),
  ]);
  // Only the app may read its precomputations.
  const asUser = app.rt.jira.handle({
    method: 'GET',
    path: '/rest/api/3/jql/function/computation',
    accountId: app.rt.site.users[0].accountId,
  });
  expect(asUser.status).toBe(403);
});

test('after a link and after an unlink, the property clause and the stored function fragment both follow', async () => {
  await keysFor(app, 'engineeringLead', SOLUTION_FN); // the fragment is stored before the links change
  const plat = epicsOf(app.rt, 'PLAT', { open: true })[0];
  const linked = await app.callRaw('portfolioLead', 'portfolio', 'contribution.link', {
    solutionId: s.solutions.continuousClose.id,
    issue: plat.key,
  });
  expect(linked.ok).toBe(true);
  // The property is written by the job consumer (as Jira's own index, it follows a moment later).
  await app.rt.deliverJobs();
  const afterLink = sortedKeys(s.epics.bill, s.epics.iam, plat);
  expect(await keysFor(app, 'engineeringLead', SOLUTION_ALIAS)).toEqual(afterLink);
  expect(await keysFor(app, 'engineeringLead', SOLUTION_FN)).toEqual(afterLink);

  const unlinked = await app.callRaw('portfolioLead', 'portfolio', 'contribution.unlink', {
    id: s.contributions.bill.id,
    version: s.contributions.bill.version,
  });
  expect(unlinked.ok).toBe(true);
  await app.rt.deliverJobs();
  const afterUnlink = sortedKeys(s.epics.iam, plat);
  expect(await keysFor(app, 'engineeringLead', SOLUTION_ALIAS)).toEqual(afterUnlink);
  expect(await keysFor(app, 'engineeringLead', SOLUTION_FN)).toEqual(afterUnlink);
  expect(await keysFor(app, 'portfolioLead', SOLUTION_ALIAS)).toEqual(
    sortedKeys(s.epics.iam, plat, s.epics.mob, s.epics.secured),
  );
  // The unlinked epic no longer carries the property (its context line is no longer shown).
  expect(app.rt.jira.getIssue(s.epics.bill.key)?.properties).not.toHaveProperty('market-layer');
});

test('a link writes the property in one bulk request, as the app, from the job consumer', async () => {
  const plat = epicsOf(app.rt, 'PLAT', { open: true })[0];
  const before = app.rt.jiraTraffic.length;
  await app.callRaw('portfolioLead', 'portfolio', 'contribution.link', {
    solutionId: s.solutions.auditReadyAccess.id,
    issue: plat.key,
  });
  expect(app.rt.jiraTraffic.slice(before).some((t) => t.request.path.includes('/properties'))).toBe(false);
  await app.rt.deliverJobs();
  const writes = app.rt.jiraTraffic.slice(before).filter((t) => t.request.path.includes('/properties'));
  expect(
    writes.map((t) => [t.request.method, t.request.path, t.request.accountId, t.response.status]),
  ).toEqual([['POST', '/rest/api/3/issue/properties/multi', undefined, 303]]);
});

test('markets, priorities and layers have their own functions and aliases', async () => {
  const emea = sortedKeys(s.epics.bill, s.epics.iam, s.epics.iamAccess, s.epics.mob);
  expect(
    await keysFor(app, 'engineeringLead', 'issue in marketLayerMarket("Mid-market manufacturing EMEA")'),
  ).toEqual(sortedKeys(s.epics.bill, s.epics.iam, s.epics.iamAccess));
  expect(
    await keysFor(app, 'productManager', 'marketLayer.market = "Mid-market manufacturing EMEA"'),
  ).toEqual(emea);
  expect(
    await keysFor(app, 'productManager', 'issue in marketLayerPriority("Pass audits without overtime")'),
  ).toEqual(emea);
  expect(await keysFor(app, 'productManager', 'issue in marketLayerLayer("executive")')).toEqual(
    sortedKeys(s.epics.bill, s.epics.iam, s.epics.mob),
  );
  expect(await keysFor(app, 'productManager', 'issue in marketLayerLayer("Senior manager")')).toEqual(emea);
  expect(await keysFor(app, 'productManager', 'marketLayer.integrationIndex >= 4')).toEqual(
    sortedKeys(s.epics.bill, s.epics.iam, s.epics.mob),
  );
  expect(await keysFor(app, 'productManager', 'marketLayer.integrationIndex = 1')).toEqual(
    sortedKeys(s.epics.iamAccess),
  );
});

test("an unknown name is Jira's error message, not an empty result", async () => {
  const answer = await searchAs(app, 'viewer', 'issue in marketLayerSolution("Continuous clos")');
  expect(answer.status).toBe(400);
  expect(answer.body).toEqual({
    errorMessages: ["Market Layer has no solution named 'Continuous clos'."],
    errors: {},
  });
  const layer = await searchAs(app, 'viewer', 'issue in marketLayerLayer("board")');
  expect((layer.body as { errorMessages: string[] }).errorMessages).toEqual([
    "Market Layer has no customer-organisation layer named 'board'. Layers are 'executive', 'senior-manager', 'user'.",
  ]);
  const operator = await searchAs(app, 'viewer', 'issue = marketLayerSolution("Continuous close")');
  expect(operator.status).toBe(400);
});

test('a rename reaches every epic that names the solution; the old name then finds nothing', async () => {
  const { continuousClose } = s.solutions;
  const renamed = await app.callRaw('portfolioLead', 'portfolio', 'solution.update', {
    id: continuousClose.id,
    version: continuousClose.version,
    changes: { name: 'Three-day close' },
  });
  expect(renamed.ok).toBe(true);
  // Four epics: rewritten in the rename's own call (one search and one bulk write, as the app).
  expect(app.rt.pendingJobs()).toEqual([]);
  const all = sortedKeys(s.epics.bill, s.epics.iam, s.epics.mob, s.epics.secured);
  expect(await keysFor(app, 'portfolioLead', 'marketLayer.solution = "Three-day close"')).toEqual(all);
  expect(await keysFor(app, 'portfolioLead', SOLUTION_ALIAS)).toEqual([]);
  expect(await keysFor(app, 'portfolioLead', 'issue in marketLayerSolution("Three-day close")')).toEqual(all);
});

test('a market rename and a priority delete rewrite the epics that named them', async () => {
  const { emea } = s.markets;
  await app.callRaw('portfolioLead', 'portfolio', 'market.update', {
    id: emea.id,
    version: emea.version,
    changes: { name: 'Manufacturing EMEA' },
  });
  const { audit } = s.priorities;
  const deleted = await app.callRaw('portfolioLead', 'portfolio', 'priority.delete', {
    id: audit.id,
    version: audit.version,
    cascade: true,
  });
  expect(deleted.ok).toBe(true);
  await app.rt.deliverJobs();
  expect(await keysFor(app, 'portfolioLead', 'marketLayer.market = "Manufacturing EMEA"')).toEqual(
    sortedKeys(s.epics.bill, s.epics.iam, s.epics.mob, s.epics.secured),
  );
  // Audit-ready access addressed only the deleted priority, so the cascade took it too: its epic
  // no longer names a solution, priority or market: the property is gone.
  expect(app.rt.jira.getIssue(s.epics.iamAccess.key)?.properties).not.toHaveProperty('market-layer');
  expect(
    await keysFor(app, 'portfolioLead', 'marketLayer.priority = "Pass audits without overtime"'),
  ).toEqual([]);
});

test("the new Jira calls, the app's and the emulator's answers, match Atlassian's OpenAPI description", async () => {
  // The seed linked; now a rename (a background job) and an unlink.
  const { continuousClose } = s.solutions;
  await app.callRaw('portfolioLead', 'portfolio', 'solution.update', {
    id: continuousClose.id,
    version: continuousClose.version,
    changes: { name: 'Three-day close' },
  });
  await app.rt.deliverJobs();
  await app.callRaw('portfolioLead', 'portfolio', 'contribution.unlink', {
    id: s.contributions.iam.id,
    version: s.contributions.iam.version,
  });
  await app.rt.deliverJobs();
  const used = new Set(app.rt.jiraTraffic.map((t) => `${t.request.method} ${t.request.path.split('?')[0]}`));
  expect(used).toContain('POST /rest/api/3/issue/properties/multi');
  // IAM's epic served only this solution: its property is deleted.
  expect(used).toContain('DELETE /rest/api/3/issue/properties/market-layer');
  expect(used).toContain('POST /rest/api/3/search/jql');
  const exchanges = [...app.rt.jiraTraffic];
  // Each bulk answer's task, as the app that submitted it (what Forge's fetch reads after the 303).
  const tasks = exchanges.flatMap((t) => (t.response.status === 303 ? [t.response.headers?.location] : []));
  expect(tasks.length).toBeGreaterThan(1);
  for (const location of tasks) {
    const request = { method: 'GET', path: new URL(location!).pathname };
    const response = app.rt.jira.handle(request);
    expect(response).toMatchObject({ status: 200, body: { status: 'COMPLETE', progress: 100 } });
    exchanges.push({ request, response });
  }
  // What a client of the emulator gets: searches with functions, and the precomputations API.
  await searchAs(app, 'viewer', 'issue in marketLayerSolution("Three-day close")');
  for (const request of [
    { method: 'GET', path: '/rest/api/3/jql/function/computation?maxResults=10&orderBy=-used' },
    {
      method: 'POST',
      path: '/rest/api/3/jql/function/computation',
      body: { values: [{ id: 'nope', value: 'key = X-1' }] },
    },
    {
      method: 'POST',
      path: '/rest/api/3/jql/function/computation?skipNotFoundPrecomputations=true',
      body: { values: [{ id: 'nope', value: 'key = X-1' }] },
    },
  ]) {
    exchanges.push({ request, response: app.rt.jira.handle(request) });
  }
  const violations = exchanges.flatMap((exchange, i) =>
    exchangeViolations(exchange).map(
      (v) => `#${i + 1} ${exchange.request.method} ${exchange.request.path}: ${v}`,
    ),
  );
  expect(violations).toEqual([]);
});

test('the app may point a stored fragment elsewhere (POST computation); searches use the new fragment', async () => {
  await keysFor(app, 'portfolioLead', SOLUTION_FN);
  const page = app.rt.jira.handle({ method: 'GET', path: '/rest/api/3/jql/function/computation' });
  const [stored] = (page.body as { values: { id: string }[] }).values;
  const updated = app.rt.jira.handle({
    method: 'POST',
    path: '/rest/api/3/jql/function/computation',
    body: { values: [{ id: stored.id, value: `key = ${s.epics.bill.key}` }] },
  });
  expect(updated.status).toBe(204);
  expect(await keysFor(app, 'portfolioLead', SOLUTION_FN)).toEqual([s.epics.bill.key]);
  app.rt.jira.handle({
    method: 'POST',
    path: '/rest/api/3/jql/function/computation',
    body: { values: [{ id: stored.id, error: 'Gone.' }] },
  });
  expect((await searchAs(app, 'portfolioLead', SOLUTION_FN)).body).toEqual({
    errorMessages: ['Gone.'],
    errors: {},
  });
});

test('past 100 epics the rewrite is a background job: it lists the epics, then rewrites 100 a step', async () => {
  // The job as a rename of a large solution queues it (src/resolvers/jobs/layer.ts).
  const { continuousClose } = s.solutions;
  app.rt.jira.setIssueProperty(s.epics.bill.key, 'market-layer', {
    solutionIds: [continuousClose.id],
    solutions: ['Old'],
  });
  await startLayerJob(
    createDeps(),
    { scope: 'records', path: 'solutionIds', ids: [continuousClose.id] },
    null,
  );
  const report = await app.rt.deliverJobs();
  expect(report).toMatchObject({ delivered: 2 }); // listing the epics, then one step of up to 100
  expect(app.rt.jira.getIssue(s.epics.bill.key)?.properties?.['market-layer']).toMatchObject({
    solutions: ['Continuous close'],
    integrationIndex: 4,
  });
  expect(await app.callRaw('portfolioLead', 'portfolio', 'jobs.list', {})).toMatchObject({
    ok: true,
    data: [{ kind: 'layer', state: 'done', done: 4, total: 4, message: '4 epics updated in Jira' }],
  });
});
