import type { JobStatus } from '../../../src/contract';
import { createStore } from '../../../src/store';
import { DEMO_USERS } from '../../../local/demo';
import { useApp } from '../../support';
import { marketInput, priorityInput, solutionInput } from '../store/fixtures';

/**
 * Issue 8: a background delete's step costs what it deletes, not the size of the portfolio. Which
 * solutions name a dying priority comes from the read model's directory (no KVS index can hold a
 * list), and only those solutions are read. The same market deleted beside 40 and beside 440
 * other solutions takes the same steps with the same KVS requests, give or take how the records'
 * random ids fall into the read model's shards (a transaction's shard reads); it used to read
 * every solution, 100 a request, at every step: 4 more requests a step here.
 */
jest.setTimeout(180_000);

const app = useApp();
const store = createStore({ now: () => new Date() });
const LEAD = DEMO_USERS.portfolioLead;

/** A market of 3 priorities and 30 solutions, too many records for one transaction. */
async function marketToDelete(name: string) {
  const market = await store.markets.create(marketInput(name), LEAD);
  const priorities = [];
  for (let i = 0; i < 3; i += 1)
    priorities.push(await store.priorities.create(priorityInput(market.id, `${name} ${i}`), LEAD));
  for (let i = 0; i < 30; i += 1)
    await store.solutions.create(solutionInput([priorities[i % 3].id], `${name} solution ${i}`), LEAD);
  return market;
}

/** Solutions of another market, which the delete must not need to read. */
async function otherSolutions(count: number) {
  const market = await store.markets.create(marketInput(`Others ${count}`), LEAD);
  const priority = await store.priorities.create(priorityInput(market.id, `Others ${count}`), LEAD);
  for (let i = 0; i < count; i += 1)
    await store.solutions.create(solutionInput([priority.id], `Other ${count}.${i}`), LEAD);
}

/** Deletes the market with its cascade as a background job: each step's KVS requests. */
async function deleteSteps(marketId: string): Promise<number[]> {
  const result = (await app.callAs('portfolioLead', 'portfolio', 'market.delete', {
    id: marketId,
    version: 1,
    cascade: true,
  })) as { ok: true; data: { job: JobStatus } };
  expect(result.data.job).toMatchObject({ kind: 'delete', state: 'running' });
  const report = await app.rt.deliverJobs({ fastForward: true });
  expect(report.failed).toBe(0);
  const jobs = (await app.callAs('viewer', 'portfolio', 'jobs.list', {})) as { ok: true; data: JobStatus[] };
  expect(jobs.data.find((j) => j.id === result.data.job.id)).toMatchObject({ state: 'done', done: 34 });
  return report.costs.map((c) => c.kvsRequests);
}

const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);

test('deleting the same market costs the same KVS requests beside 11 times as many solutions', async () => {
  // The first landing builds the read model (an installation's first page load does).
  expect((await app.callAs('viewer', 'portfolio', 'portfolio.get', {})).ok).toBe(true);
  await app.rt.deliverJobs({ fastForward: true }); // the open-epic count it starts
  await otherSolutions(40);
  const first = await marketToDelete('First');
  const beside40 = await deleteSteps(first.id);

  await otherSolutions(400);
  const second = await marketToDelete('Second');
  const beside440 = await deleteSteps(second.id);

  expect(beside40.length).toBeGreaterThan(2);
  expect(beside440).toHaveLength(beside40.length);
  expect(Math.abs(sum(beside440) - sum(beside40))).toBeLessThanOrEqual(3);
});
