import {
  ALICE,
  BOB,
  beforeNextRequest,
  failure,
  kvsRequests,
  linkInput,
  seedChain,
  snapshot,
  solutionInput,
  transactions,
  useWorld,
} from './fixtures';

const w = useWorld();

describe('contributions', () => {
  test('a linked epic is found by solution, by epic and by project', async () => {
    const { priority, solution } = await seedChain(w.store);
    const other = await w.store.solutions.create(solutionInput([priority.id], 'Remote service'), ALICE);
    const plat1 = await w.store.contributions.link(linkInput(solution.id, 1), ALICE);
    const sec2 = await w.store.contributions.link(linkInput(solution.id, 2, '10002', 'SEC'), BOB);
    const plat1Other = await w.store.contributions.link(linkInput(other.id, 1), ALICE);

    expect(plat1).toMatchObject({
      solutionId: solution.id,
      epicKey: 'PLAT-1',
      linkedBy: ALICE,
      version: 1,
      note: 'Part 1',
    });
    expect(plat1.linkedAt).toBe(plat1.createdAt);
    expect(await w.store.contributions.listBySolution(solution.id)).toEqual(
      expect.arrayContaining([plat1, sec2]),
    );
    expect(await w.store.contributions.listBySolution(solution.id)).toHaveLength(2);
    expect(await w.store.contributions.listByEpic(plat1.epicId)).toEqual(
      expect.arrayContaining([plat1, plat1Other]),
    );
    expect(await w.store.contributions.listByProject('10002')).toEqual([sec2]);
    expect(await w.store.contributions.list()).toHaveLength(3);
  });

  test('linking the same epic to the same solution twice is CONFLICT and writes nothing', async () => {
    const { solution } = await seedChain(w.store);
    await w.store.contributions.link(linkInput(solution.id, 1), ALICE);
    const before = w.rt.kvs.dump();
    const error = await failure(
      w.store.contributions.link({ ...linkInput(solution.id, 1), note: 'again' }, BOB),
    );
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message: 'PLAT-1 is already linked to solution “Predictive maintenance”.',
    });
    expect(w.rt.kvs.dump()).toEqual(before);
  });

  test('two people linking the same pair at once: the key itself refuses the second', async () => {
    const { solution } = await seedChain(w.store);
    const results = await Promise.allSettled([
      w.store.contributions.link(linkInput(solution.id, 1), ALICE),
      w.store.contributions.link(linkInput(solution.id, 1), BOB),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await w.store.contributions.list()).toHaveLength(1);
  });

  test('linking to a solution that no longer exists is VALIDATION naming solutionId (the store checks it once)', async () => {
    const before = w.rt.kvs.dump();
    expect(await failure(w.store.contributions.link(linkInput('sol_gone0001', 1), ALICE))).toMatchObject({
      code: 'VALIDATION',
      fields: { solutionId: 'This solution no longer exists' },
    });
    expect(w.rt.kvs.dump()).toEqual(before);
  });

  test('the note can be edited with the version, and unlinking removes the contribution', async () => {
    const { solution } = await seedChain(w.store);
    const c = await w.store.contributions.link(linkInput(solution.id, 1), ALICE);
    const edited = await w.store.contributions.updateNote(c.id, 1, 'Streams sensor data', BOB);
    expect(edited).toMatchObject({
      note: 'Streams sensor data',
      version: 2,
      updatedBy: BOB,
      linkedBy: ALICE,
    });
    expect((await failure(w.store.contributions.unlink(c.id, 1, ALICE))).code).toBe('CONFLICT');
    expect((await w.store.contributions.listBySolution(solution.id)).map((found) => found.id)).toEqual([
      c.id,
    ]);
    expect(await w.store.contributions.unlink(c.id, 2, ALICE)).toEqual({
      deleted: [{ type: 'contribution', id: c.id }],
      updated: [],
    });
    expect(await w.store.contributions.listBySolution(solution.id)).toEqual([]);
  });
});

describe('snapshot updates from Jira', () => {
  test('many contributions are refreshed in transactions of at most 25 operations', async () => {
    const { solution } = await seedChain(w.store);
    const linked = [];
    for (let n = 1; n <= 30; n += 1)
      linked.push(await w.store.contributions.link(linkInput(solution.id, n), ALICE));
    const fresh = snapshot({
      statusCategory: 'done',
      statusName: 'Done',
      refreshedAt: '2026-11-24T06:00:00.000Z',
    });
    const changes = linked.map((c) => ({
      contributionId: c.id,
      epicKey: c.epicKey,
      projectId: c.projectId,
      projectKey: c.projectKey,
      snapshot: fresh,
    }));

    const { result, paths } = await kvsRequests(() => w.store.updateSnapshots(changes));
    expect(result).toEqual({ updated: 30, unchanged: 0, missing: 0 });
    // 12 + 12 + 6 contributions, then ONE update of the read model for the whole refresh.
    expect(transactions(paths)).toBe(4);
    const stored = await w.store.contributions.listBySolution(solution.id);
    expect(stored.every((c) => c.snapshot.statusCategory === 'done' && c.version === 2)).toBe(true);
    // A refresh is not a person's edit: who last edited the contribution stays as it was.
    expect(stored.every((c) => c.updatedBy === ALICE)).toBe(true);
    // Same data again: nothing to write.
    expect(await w.store.updateSnapshots(changes)).toEqual({ updated: 0, unchanged: 30, missing: 0 });
  });

  test('an epic that moved project is recorded in the audit trail as the app’s doing; unknown ids are skipped', async () => {
    const { solution } = await seedChain(w.store);
    const c = await w.store.contributions.link(linkInput(solution.id, 7), ALICE);
    const moved = {
      contributionId: c.id,
      epicKey: 'SEC-70',
      projectId: '10002',
      projectKey: 'SEC',
      snapshot: c.snapshot,
    };
    const gone = { ...moved, contributionId: 'con_gone0001' };
    expect(await w.store.updateSnapshots([moved, gone])).toEqual({ updated: 1, unchanged: 0, missing: 1 });
    expect(await w.store.contributions.listByProject('10002')).toEqual([
      expect.objectContaining({ id: c.id, epicKey: 'SEC-70' }),
    ]);
    const [entry] = await w.store.listAudit('contribution', c.id);
    expect(entry).toMatchObject({
      action: 'snapshot',
      accountId: null,
      changes: { epicKey: ['PLAT-7', 'SEC-70'], projectId: ['10001', '10002'], projectKey: ['PLAT', 'SEC'] },
      summary: 'Epic PLAT-7 moved in Jira; it is now SEC-70',
    });
  });

  test('a person’s note edited while a refresh is under way is kept', async () => {
    const { solution } = await seedChain(w.store);
    const c = await w.store.contributions.link(linkInput(solution.id, 1), ALICE);
    const refreshed = snapshot({ summary: 'Renamed in Jira' });
    const change = {
      contributionId: c.id,
      epicKey: c.epicKey,
      projectId: c.projectId,
      projectKey: c.projectKey,
      snapshot: refreshed,
    };
    beforeNextRequest(/transaction/, () =>
      w.store.contributions.updateNote(c.id, 1, 'Edited meanwhile', BOB),
    );
    expect(await w.store.updateSnapshots([change])).toEqual({ updated: 1, unchanged: 0, missing: 0 });
    expect(await w.store.contributions.get(c.id)).toMatchObject({
      note: 'Edited meanwhile',
      snapshot: refreshed,
      version: 3,
    });
  });

  test('an epic deleted in Jira is unlinked everywhere, audited with accountId null', async () => {
    const { priority, solution } = await seedChain(w.store);
    const other = await w.store.solutions.create(solutionInput([priority.id], 'Remote service'), ALICE);
    const a = await w.store.contributions.link(linkInput(solution.id, 1), ALICE);
    const b = await w.store.contributions.link(linkInput(other.id, 1), ALICE);
    const keep = await w.store.contributions.link(linkInput(solution.id, 2), ALICE);
    const removed = await w.store.removeContributionsForEpic(a.epicId);
    expect(removed.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
    expect(await w.store.contributions.list()).toEqual([keep]);
    const [entry] = await w.store.listAudit('contribution', b.id);
    expect(entry).toMatchObject({
      action: 'epic-deleted',
      accountId: null,
      summary: 'Epic PLAT-1 was deleted in Jira, so it no longer contributes to solution “Remote service”',
    });
    expect(await w.store.removeContributionsForEpic(a.epicId)).toEqual([]);
  });
});
