import { DEMO_USERS, ISSUE_TYPES } from '../../../../local/demo';
import { MODULES } from '../../../support/app';
import { epicsOf, projectByKey, securedEpic, snapshotOf } from '../../../support/site';
import { err, seeded, type Seeded } from './seed';

let s: Seeded;
beforeEach(async () => {
  s = await seeded();
});
afterEach(() => s.app.close());

const storyOf = (projectKey: string) => {
  const project = projectByKey(s.app.rt, projectKey);
  return s.app.rt.site.issues.find(
    (i) => i.projectId === project.id && i.issueTypeId === ISSUE_TYPES.story.id && !i.securityLevelId,
  )!;
};

describe('linking an epic', () => {
  test('stores where the epic lives, who linked it and a snapshot of it as Jira has it now', async () => {
    const epic = epicsOf(s.app.rt, 'BILL')[0];
    expect(s.contribution).toMatchObject({
      solutionId: s.solution.id,
      epicId: epic.id,
      epicKey: epic.key,
      projectId: epic.projectId,
      projectKey: 'BILL',
      note: 'Ledger sync',
      linkedBy: DEMO_USERS.portfolioLead,
      version: 1,
    });
    expect(s.contribution.snapshot).toEqual(snapshotOf(s.app.rt, epic, s.contribution.snapshot.refreshedAt));
  });

  test('an engineering lead links an epic of the project he may edit, from the issue panel', async () => {
    const epic = epicsOf(s.app.rt, 'PLAT')[0];
    const linked = await s.call(
      'engineeringLead',
      'contribution.link',
      { solutionId: s.solution.id, issue: epic.key },
      MODULES.epic,
    );
    expect(linked).toMatchObject({
      ok: true,
      data: { epicKey: epic.key, note: '', linkedBy: DEMO_USERS.engineeringLead },
    });
  });

  test('an engineering lead may not link an epic he cannot edit; nothing is written', async () => {
    const before = s.app.rt.kvs.dump();
    const epic = epicsOf(s.app.rt, 'BILL')[1];
    const error = err(
      await s.call('engineeringLead', 'contribution.link', { solutionId: s.solution.id, issue: epic.key }),
    );
    expect(error.code).toBe('FORBIDDEN');
    expect(s.app.rt.kvs.dump()).toEqual(before);
  });

  test('an epic the caller cannot browse is answered like one that does not exist', async () => {
    const hidden = epicsOf(s.app.rt, 'MOB')[0];
    const hiddenError = err(
      await s.call('engineeringLead', 'contribution.link', { solutionId: s.solution.id, issue: hidden.key }),
    );
    const missingError = err(
      await s.call('engineeringLead', 'contribution.link', { solutionId: s.solution.id, issue: 'MOB-99999' }),
    );
    expect(hiddenError).toMatchObject({
      code: 'VALIDATION',
      fields: { issue: expect.stringContaining(hidden.key) },
    });
    expect(missingError.fields?.issue).toBe(hiddenError.fields?.issue?.replace(hidden.key, 'MOB-99999'));
    // Even the secured epic's key is only echoed back, never its title.
    const secured = err(
      await s.call('productManager', 'contribution.link', {
        solutionId: s.solution.id,
        issue: securedEpic(s.app.rt).key,
      }),
    );
    expect(JSON.stringify(secured)).not.toContain(securedEpic(s.app.rt).summary);
  });

  test('only issue types that count as epics in the settings can be linked', async () => {
    const story = storyOf('BILL');
    const error = err(
      await s.call('portfolioLead', 'contribution.link', { solutionId: s.solution.id, issue: story.key }),
    );
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { issue: expect.stringContaining('Story') } });
    await s.lead('settings.update', { version: null, changes: { epicIssueTypes: ['Epic', 'Story'] } });
    const linked = await s.lead('contribution.link', { solutionId: s.solution.id, issue: story.key });
    expect(linked.epicKey).toBe(story.key);
  });

  test('a solution that does not exist is refused next to the solution field', async () => {
    const epic = epicsOf(s.app.rt, 'BILL')[1];
    const error = err(
      await s.call('portfolioLead', 'contribution.link', { solutionId: 'sol_gone000000', issue: epic.key }),
    );
    expect(error).toMatchObject({
      code: 'VALIDATION',
      fields: { solutionId: 'This solution no longer exists' },
    });
  });

  test('linking the same epic to the same solution twice is a CONFLICT', async () => {
    const before = s.app.rt.kvs.dump();
    const error = err(
      await s.call('portfolioLead', 'contribution.link', {
        solutionId: s.solution.id,
        issue: s.contribution.epicKey,
      }),
    );
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining(s.contribution.epicKey),
    });
    expect(s.app.rt.kvs.dump()).toEqual(before);
  });
});

describe('changing and removing a link', () => {
  test('a product manager who may edit the epic changes what it contributes; a stale version is a CONFLICT', async () => {
    const updated = await s.call('productManager', 'contribution.update', {
      id: s.contribution.id,
      version: 1,
      note: 'Ledger sync and audit log',
    });
    expect(updated).toMatchObject({ ok: true, data: { note: 'Ledger sync and audit log', version: 2 } });
    const stale = err(
      await s.call('productManager', 'contribution.update', {
        id: s.contribution.id,
        version: 1,
        note: 'Mine',
      }),
    );
    expect(stale.code).toBe('CONFLICT');
  });

  test('viewers and people who cannot edit the epic may not change or unlink it', async () => {
    const before = s.app.rt.kvs.dump();
    const codes = [
      await s.call('viewer', 'contribution.update', { id: s.contribution.id, version: 1, note: 'x' }),
      await s.call('viewer', 'contribution.unlink', { id: s.contribution.id, version: 1 }),
      await s.call('engineeringLead', 'contribution.unlink', { id: s.contribution.id, version: 1 }),
    ].map((r) => err(r).code);
    expect(codes).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(s.app.rt.kvs.dump()).toEqual(before);
  });

  test('unlinking removes the contribution and records it; unlinking again is NOT_FOUND', async () => {
    const result = await s.call('productManager', 'contribution.unlink', {
      id: s.contribution.id,
      version: 1,
    });
    expect(result).toEqual({
      ok: true,
      data: { deleted: [{ type: 'contribution', id: s.contribution.id }] },
    });
    expect(
      err(await s.call('productManager', 'contribution.unlink', { id: s.contribution.id, version: 1 })).code,
    ).toBe('NOT_FOUND');
    expect(
      err(
        await s.call('productManager', 'contribution.update', {
          id: s.contribution.id,
          version: 1,
          note: 'x',
        }),
      ).code,
    ).toBe('NOT_FOUND');
  });

  test('an unlink from a stale version is a CONFLICT and keeps the link', async () => {
    await s.lead('contribution.update', { id: s.contribution.id, version: 1, note: 'Changed' });
    const error = err(
      await s.call('portfolioLead', 'contribution.unlink', { id: s.contribution.id, version: 1 }),
    );
    expect(error.code).toBe('CONFLICT');
    expect((await s.lead('admin.export', {})).contributions).toHaveLength(1);
  });
});
