import type { Input, Output, ResolverKey } from '../../../../src/contract';
import { epicsOf, seedPortfolio, useApp, type SeededPortfolio, type Subject } from '../../../support';

// The epic panel and the project page open on every epic and project view: each must read only
// its own neighbourhood from storage, never every contribution of the portfolio.
const app = useApp();
jest.setTimeout(60_000);

async function storageReads<K extends ResolverKey>(
  moduleKey: 'epic-solutions' | 'market-context',
  key: K,
  subject: Subject,
): Promise<{ reads: number; view: Output<K> }> {
  const before = app.rt.kvs.operationCount;
  const result = await app.callAs('engineeringLead', moduleKey, key, {} as Input<K>, subject);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return { reads: app.rt.kvs.operationCount - before, view: result.data };
}

/** The portfolio as seeded, its read model built once by the first landing (as after an upgrade). */
async function seededAndBuilt(): Promise<SeededPortfolio> {
  const portfolio = await seedPortfolio(app);
  expect((await app.callAs('portfolioLead', 'portfolio', 'portfolio.get', {})).ok).toBe(true);
  return portfolio;
}

/** Over a hundred more contributions outside BILL: more than one page (100) of any full listing. */
async function linkEveryOtherEpic(seeded: SeededPortfolio): Promise<void> {
  const seededIds = new Set(Object.values(seeded.epics).map((e) => e.id));
  const others = ['IAM', 'ANLY', 'INT', 'MOB', 'PLAT']
    .flatMap((key) => epicsOf(app.rt, key))
    .filter((e) => !seededIds.has(e.id));
  expect(others.length * 2).toBeGreaterThan(100);
  for (const solution of [seeded.solutions.auditReadyAccess, seeded.solutions.citizenPortal]) {
    for (const epic of others) {
      const linked = await app.callAs('portfolioLead', 'portfolio', 'contribution.link', {
        solutionId: solution.id,
        issue: epic.key,
      });
      expect(linked.ok).toBe(true);
    }
  }
}

it('the epic panel costs the same storage requests however big the rest of the portfolio is', async () => {
  const seeded = await seededAndBuilt();
  const subject = { issue: seeded.epics.bill.key };
  const first = await storageReads('epic-solutions', 'epic.get', subject);
  expect(first.view.solutions.map((s) => s.solution.name)).toEqual([seeded.solutions.continuousClose.name]);
  await linkEveryOtherEpic(seeded);
  const second = await storageReads('epic-solutions', 'epic.get', subject);
  expect(second.view).toEqual(first.view);
  expect(second.reads).toBe(first.reads);
});

it('the project page costs the same storage requests however big the rest of the portfolio is', async () => {
  const seeded = await seededAndBuilt();
  const subject = { project: 'BILL' };
  const first = await storageReads('market-context', 'project.get', subject);
  expect(first.view.solutions.map((s) => s.solution.name)).toEqual([seeded.solutions.continuousClose.name]);
  await linkEveryOtherEpic(seeded);
  const second = await storageReads('market-context', 'project.get', subject);
  expect(second.view).toEqual(first.view);
  expect(second.reads).toBe(first.reads);
});
