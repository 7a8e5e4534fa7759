import { DEMO_USERS, generateSite, type DemoUserRole } from '../local/demo';
import { createLocalRuntime, type LocalRuntime } from '../local/runtime';
import type { Market, Priority, Result, Solution } from '../src/contract';
import { measure, once } from './harness';
import { describeEndpoints, jiraCostOf } from './jira-traffic';
import { note, printTable, formatMs } from './report';
import type { Suite } from './suite';

/** 6 products × 60 epics (3 children each); 300 of the 360 epics are linked to a solution. */
const SITE = { projects: 6, epicsPerProject: 60, childrenPerEpic: 3 };
const MARKETS = 4;
const PRIORITIES = 12;
const SOLUTIONS = 40;
const CONTRIBUTIONS = 300;
const MODULE = 'portfolio';

/** Calls a resolver through the real handler (src/index.ts via manifest.yml) from the Portfolio page. */
async function call<T>(rt: LocalRuntime, user: DemoUserRole, key: string, payload: unknown): Promise<T> {
  const result = (await rt.invoke(MODULE, key, payload, {
    accountId: DEMO_USERS[user],
    extension: { type: 'jira:globalPage' },
  })) as Result<T>;
  if (!result.ok) throw new Error(`${key} failed: ${JSON.stringify(result.error)}`);
  return result.data;
}

/** A portfolio made the way people make it: through the mutation resolvers, as the portfolio lead. */
async function seed(rt: LocalRuntime): Promise<void> {
  const lead = <T>(key: string, payload: unknown) => call<T>(rt, 'portfolioLead', key, payload);
  const markets: Market[] = [];
  for (let i = 0; i < MARKETS; i += 1) {
    markets.push(
      await lead('market.create', { name: `Market ${i}`, strategicWeight: 1 + (i % 5), status: 'target' }),
    );
  }
  const priorities: Priority[] = [];
  for (let i = 0; i < PRIORITIES; i += 1) {
    priorities.push(
      await lead('priority.create', {
        marketId: markets[i % MARKETS].id,
        title: `Priority ${i}`,
        outcome: `Outcome ${i}, measured quarterly`,
        layer: (['executive', 'senior-manager', 'user'] as const)[i % 3],
        importance: 1 + (i % 5),
        status: 'validated',
      }),
    );
  }
  const solutions: Solution[] = [];
  for (let i = 0; i < SOLUTIONS; i += 1) {
    solutions.push(
      await lead('solution.create', {
        name: `Solution ${i}`,
        valueStatement: `Solution ${i} for the customer`,
        priorityIds: [priorities[i % PRIORITIES].id, priorities[(i * 7 + 3) % PRIORITIES].id],
        horizon: 'now',
        status: 'committed',
      }),
    );
  }
  const epics = rt.site.issues
    .filter((issue) => issue.issueTypeId === epicTypeId(rt))
    .slice(0, CONTRIBUTIONS);
  for (const [i, epic] of epics.entries()) {
    await lead('contribution.link', { solutionId: solutions[i % SOLUTIONS].id, issue: epic.key });
  }
}

function epicTypeId(rt: LocalRuntime): string {
  const type = rt.site.issueTypes.find((t) => t.name === 'Epic');
  if (!type) throw new Error('The site has no Epic issue type');
  return type.id;
}

export const e2eSuite: Suite = {
  name: 'e2e',
  title: 'End to end: portfolio.get through the real handler (local runtime, KVS + Jira emulators)',
  async run() {
    const rt = createLocalRuntime({ site: generateSite(SITE) });
    try {
      const seeding = await once(() => seed(rt));
      note(
        `${MARKETS} markets, ${PRIORITIES} priorities, ${SOLUTIONS} solutions, ${CONTRIBUTIONS} contributions over ` +
          `${SITE.projects} products (seeded through the mutation resolvers in ${formatMs(seeding.ms)})`,
      );
      const rows: string[][] = [];
      for (const user of ['portfolioLead', 'viewer'] as const) {
        const load = () => call(rt, user, 'portfolio.get', {});
        const kvsBefore = rt.kvs.operationCount;
        const { cost } = await jiraCostOf(rt, load);
        const kvsRequests = rt.kvs.operationCount - kvsBefore;
        const timing = await measure(user, load, { warmup: 5, runs: 20 });
        rows.push([
          user,
          formatMs(timing.median),
          formatMs(timing.p95),
          formatMs(timing.cpuMedian),
          String(timing.runs),
          String(cost.requests),
          String(cost.points),
          String(kvsRequests),
        ]);
        if (user === 'portfolioLead') note(`Jira requests per load: ${describeEndpoints(cost)}`);
      }
      printTable(
        [
          'portfolio.get as',
          'median',
          'p95',
          'CPU median',
          'runs',
          'Jira requests',
          'points',
          'KVS requests',
        ],
        rows,
      );
    } finally {
      rt.close();
    }
  },
};
