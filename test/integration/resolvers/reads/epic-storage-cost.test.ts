import type { EpicPanelView } from '../../../../src/contract';
import { epicsOf, seedPortfolio, useApp } from '../../../support';

// The epic panel opens on every epic view: it must read only the epic's neighbourhood from
// storage, not every contribution of the portfolio.
const app = useApp();

async function storageReadsForPanel(issue: string): Promise<{ reads: number; view: EpicPanelView }> {
  const before = app.rt.kvs.operationCount;
  const result = await app.callAs('engineeringLead', 'epic-solutions', 'epic.get', {}, { issue });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return { reads: app.rt.kvs.operationCount - before, view: result.data };
}

jest.setTimeout(60_000);

it('costs the same storage requests however many contributions other solutions have', async () => {
  const seeded = await seedPortfolio(app);
  const first = await storageReadsForPanel(seeded.epics.bill.key);
  expect(first.view.solutions.map((s) => s.solution.name)).toEqual([seeded.solutions.continuousClose.name]);

  // Over a hundred more contributions elsewhere (every other epic linked to two other
  // solutions): more than one page of any "list every contribution" query (100 a page).
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
  const second = await storageReadsForPanel(seeded.epics.bill.key);
  expect(second.view).toEqual(first.view);
  expect(second.reads).toBe(first.reads);
});
