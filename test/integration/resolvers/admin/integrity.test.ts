import { kvs } from '@forge/kvs';
import type { Contribution, Priority, Solution } from '../../../../src/contract';
import {
  contributionSpec,
  prioritySpec,
  solutionSpec,
  storedValue,
  type EntitySpec,
} from '../../../../src/store/layout';
import { DEMO_USERS } from '../../../../local/demo';
import { runInInvocation } from '../../../../local/runtime/invocation';
import { epicsOf } from '../../../support/site';
import { err, seeded, type Seeded } from '../mutations/seed';

let s: Seeded;
beforeEach(async () => {
  s = await seeded();
});
afterEach(() => s.app.close());

/**
 * Writes a record the way the store keeps it, bypassing the resolvers' checks: the states the
 * integrity check exists for (a create racing a delete, a half-finished import) cannot be made
 * through them.
 */
async function storeRaw<T extends { version: number }>(spec: EntitySpec<T>, record: T): Promise<void> {
  const invocation = { invocationId: 'arrange', functionKey: 'test', moduleKey: 'test' };
  await runInInvocation(invocation, () =>
    kvs.entity(spec.entity).set(spec.key(record), storedValue(spec, record)),
  );
}

const kinds = (findings: { kind: string; entityId: string }[]) =>
  findings.map((f) => `${f.kind} ${f.entityId}`).sort();

describe('admin.integrity', () => {
  test('a healthy market layer has no findings', async () => {
    expect(await s.lead('admin.integrity', {})).toEqual([]);
  });

  test('finds broken references, duplicate links, deleted and moved epics and stale snapshots', async () => {
    const [, deleted, moved] = epicsOf(s.app.rt, 'BILL');
    const gone = await s.lead('contribution.link', { solutionId: s.solution.id, issue: deleted.key });
    const away = await s.lead('contribution.link', { solutionId: s.solution.id, issue: moved.key });
    // Jira changes whose events have not arrived (or were missed).
    s.app.rt.jira.deleteIssue(deleted.key);
    s.app.rt.jira.updateIssue(moved.key, { projectKey: 'PLAT' });

    const orphanPriority: Priority = { ...s.priority, id: 'pri_orphan0001', marketId: 'mkt_deleted001' };
    const orphanSolution: Solution = {
      ...s.solution,
      id: 'sol_orphan0001',
      priorityIds: [s.priority.id, 'pri_deleted001'],
    };
    const stale: Contribution = {
      ...s.contribution,
      id: 'con_stale00001',
      solutionId: 'sol_deleted001',
      snapshot: { ...s.contribution.snapshot, refreshedAt: '2020-01-01T00:00:00.000Z' },
    };
    const duplicate: Contribution = { ...s.contribution, id: 'con_duplicate1' };
    await storeRaw(prioritySpec, orphanPriority);
    await storeRaw(solutionSpec, orphanSolution);
    await storeRaw(contributionSpec, stale);
    await storeRaw(contributionSpec, duplicate);

    const findings = await s.lead('admin.integrity', {});
    expect(kinds(findings)).toEqual(
      [
        `priority-missing-market ${orphanPriority.id}`,
        `solution-missing-priority ${orphanSolution.id}`,
        `contribution-missing-solution ${stale.id}`,
        `stale-snapshot ${stale.id}`,
        `epic-deleted ${gone.id}`,
        `epic-moved ${away.id}`,
        // Whichever of the two identical links is listed second is the duplicate.
        `duplicate-link ${[s.contribution.id, duplicate.id].sort()[1]}`,
      ].sort(),
    );
    expect(findings.find((f) => f.kind === 'epic-moved')?.message).toContain(
      s.app.rt.jira.getIssue(moved.id)!.key,
    );
  });

  test('epics are checked in bulk: one permission check and one bulk fetch for many links', async () => {
    for (const epic of epicsOf(s.app.rt, 'IAM').slice(0, 8))
      await s.lead('contribution.link', { solutionId: s.solution.id, issue: epic.key });
    expect(await s.app.jiraRequestsDuring(() => s.lead('admin.integrity', {}))).toBe(2);
  });

  test('refreshing snapshots repairs what Jira changed: deleted epics unlinked, moved epics followed', async () => {
    const [, deleted, moved] = epicsOf(s.app.rt, 'BILL');
    await s.lead('contribution.link', { solutionId: s.solution.id, issue: deleted.key });
    const away = await s.lead('contribution.link', { solutionId: s.solution.id, issue: moved.key });
    s.app.rt.jira.deleteIssue(deleted.key);
    const now = s.app.rt.jira.updateIssue(moved.key, { projectKey: 'PLAT', summary: 'Renamed while moving' });

    const started = await s.lead('admin.refreshSnapshots', {});
    expect(started).toMatchObject({ kind: 'refresh', state: 'running', startedBy: DEMO_USERS.portfolioLead });
    await s.app.rt.deliverJobs({ fastForward: true });
    const [job] = await s.lead('jobs.list', {});
    expect(job).toMatchObject({ id: started.id, state: 'done', done: 3, total: 3 });
    expect(job.message).toMatch(
      /^2 linked epics refreshed · 1 links to deleted epics removed · \d+ products counted$/,
    );
    const backup = await s.lead('admin.export', {});
    expect(backup.contributions.find((c) => c.id === away.id)).toMatchObject({
      epicKey: now.key,
      projectKey: 'PLAT',
      projectId: now.projectId,
      snapshot: { summary: 'Renamed while moving' },
    });
    expect(backup.contributions.map((c) => c.epicId)).not.toContain(deleted.id);
    expect(await s.lead('admin.integrity', {})).toEqual([]);
  });

  test('only managers may check integrity or refresh snapshots', async () => {
    const before = s.app.rt.kvs.dump();
    expect(err(await s.app.callAs('viewer', 'settings', 'admin.integrity', {})).code).toBe('FORBIDDEN');
    expect(err(await s.app.callAs('productManager', 'settings', 'admin.refreshSnapshots', {})).code).toBe(
      'FORBIDDEN',
    );
    expect(s.app.rt.kvs.dump()).toEqual(before);
  });
});
