import type { Contribution } from '../../../../src/contract';
import { DEMO_USERS } from '../../../../local/demo';
import { expectNoLeak, hiddenFrom, useApp, useSeededPortfolio } from '../../../support';
import { err, ok } from './seed';

/**
 * Issue 9, item 1 (messages): a holder of "Manage market layer" who cannot browse a project (eli,
 * made an extra editor; he cannot browse MOB) may change a contribution of its epic, and no answer
 * names that epic: not its key, title or id, in a message or in the data.
 */
const app = useApp();
const seeded = useSeededPortfolio(app);

async function makeEliAnEditor() {
  ok(
    await app.callAs('portfolioLead', 'settings', 'settings.update', {
      version: null,
      changes: { extraEditorAccountIds: [DEMO_USERS.engineeringLead] },
    }),
  );
}

/** What eli may not see: the hidden epics' keys, titles and numeric ids. */
function expectNothingNamed(answer: unknown) {
  const hidden = hiddenFrom('engineeringLead', seeded);
  expectNoLeak(answer, hidden.keys, hidden.titles);
  for (const epic of [seeded.epics.mob, seeded.epics.secured])
    expect(JSON.stringify(answer)).not.toMatch(new RegExp(`(?<!\\d)${epic.id}(?!\\d)`));
}

async function stale(mob: Contribution) {
  ok(
    await app.callAs('portfolioLead', 'portfolio', 'contribution.update', {
      id: mob.id,
      version: 1,
      note: 'x',
    }),
  );
}

test('a stale contribution.update answers CONFLICT without naming the hidden epic', async () => {
  await makeEliAnEditor();
  const mob = seeded.contributions.mob;
  await stale(mob);
  const result = await app.callAs('engineeringLead', 'portfolio', 'contribution.update', {
    id: mob.id,
    version: 1,
    note: 'Mine',
  });
  expect(err(result).code).toBe('CONFLICT');
  expect(err(result).message).toMatch(
    /^Someone else changed contribution of an epic in a project you cannot view/,
  );
  expectNothingNamed(result);
});

test('a stale contribution.unlink answers CONFLICT without naming the hidden epic', async () => {
  await makeEliAnEditor();
  const mob = seeded.contributions.mob;
  await stale(mob);
  const result = await app.callAs('engineeringLead', 'portfolio', 'contribution.unlink', {
    id: mob.id,
    version: 1,
  });
  expect(err(result).code).toBe('CONFLICT');
  expectNothingNamed(result);
});

test('a contribution.update that succeeds answers the contribution without its hidden epic', async () => {
  await makeEliAnEditor();
  const mob = seeded.contributions.mob;
  const result = await app.callAs('engineeringLead', 'portfolio', 'contribution.update', {
    id: mob.id,
    version: 1,
    note: 'Mine',
  });
  expect(ok(result)).toMatchObject({ id: mob.id, note: 'Mine', version: 2, epicKey: '' });
  expectNothingNamed(result);
});

test('the same manager still sees names of epics he may browse', async () => {
  await makeEliAnEditor();
  const bill = seeded.contributions.bill;
  await app.callAs('portfolioLead', 'portfolio', 'contribution.update', {
    id: bill.id,
    version: 1,
    note: 'x',
  });
  const result = await app.callAs('engineeringLead', 'portfolio', 'contribution.update', {
    id: bill.id,
    version: 1,
    note: 'Mine',
  });
  expect(err(result).message).toContain(seeded.epics.bill.key);
});

test('epic.get on an epic the viewer may not see answers NOT_FOUND without its id or key', async () => {
  const mob = seeded.epics.mob;
  const result = await app.callAs('engineeringLead', 'epic-solutions', 'epic.get', {}, { issue: mob.key });
  expect(err(result).code).toBe('NOT_FOUND');
  expectNothingNamed(result);
});
