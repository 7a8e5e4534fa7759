import { DEMO_USERS, ISSUE_TYPES, STATUSES } from '../../../local/demo';
import { epicsOf } from '../../support/site';
import { solutionFor, storedAudit, useSeeded } from '../resolvers/mutations/seed';
import { childrenOf, epicsWithOpenChildren, liveSnapshot, storedContributions } from './events-support';

const s = useSeeded();

async function link(issue: string, solutionId = s.solution.id) {
  return s.lead('contribution.link', { solutionId, issue });
}

describe('avi:jira:updated:issue', () => {
  test('an edited linked epic gets a fresh snapshot', async () => {
    const epic = epicsOf(s.app.rt, 'BILL')[0];
    s.app.rt.jira.updateIssue(epic.key, {
      summary: 'Ledger sync, phase two',
      statusId: STATUSES.inReview.id,
      duedate: '2027-01-31',
    });
    await s.app.rt.deliverEvents();
    const [stored] = await storedContributions(s.app);
    expect(stored.snapshot).toEqual(liveSnapshot(s.app, epic.id, stored.snapshot.refreshedAt));
    expect(stored.snapshot).toMatchObject({
      summary: 'Ledger sync, phase two',
      statusName: 'In Review',
      dueDate: '2027-01-31',
    });
    // A person's edit is not the app's: the contribution keeps who last changed it.
    expect(stored.updatedBy).toBe(DEMO_USERS.portfolioLead);
  });

  test("a child's new status updates its epic's progress", async () => {
    const epic = epicsWithOpenChildren(s.app, 'IAM')[0];
    const linked = await link(epic.key);
    const child = childrenOf(s.app, epic.id).find((c) => c.statusId !== STATUSES.done.id)!;
    s.app.rt.jira.updateIssue(child.key, { statusId: STATUSES.done.id });
    await s.app.rt.deliverEvents();
    const stored = (await storedContributions(s.app)).find((c) => c.id === linked.id)!;
    expect(stored.snapshot.children.done).toBe(linked.snapshot.children.done + 1);
    expect(stored.snapshot).toEqual(liveSnapshot(s.app, epic.id, stored.snapshot.refreshedAt));
  });

  test('a child moved to another epic updates both epics, from the changelog', async () => {
    const [from, to] = epicsWithOpenChildren(s.app, 'IAM');
    const [linkedFrom, linkedTo] = [await link(from.key), await link(to.key)];
    const child = childrenOf(s.app, from.id)[0];
    s.app.rt.jira.updateIssue(child.key, { parentId: to.id });
    const [event] = s.app.rt.pendingEvents();
    const changelog = {
      items: [
        {
          field: 'IssueParentAssociation',
          fieldtype: 'jira',
          from: from.id,
          fromString: from.key,
          to: to.id,
          toString: to.key,
        },
      ],
    };
    await s.app.rt.fire('avi:jira:updated:issue', { ...event.event, changelog });
    const stored = await storedContributions(s.app);
    expect(stored.find((c) => c.id === linkedFrom.id)!.snapshot.children.total).toBe(
      linkedFrom.snapshot.children.total - 1,
    );
    expect(stored.find((c) => c.id === linkedTo.id)!.snapshot.children.total).toBe(
      linkedTo.snapshot.children.total + 1,
    );
  });

  test('an epic moved to another project follows, and the move is on the record as the app', async () => {
    const epic = epicsOf(s.app.rt, 'BILL')[0];
    const moved = s.app.rt.jira.updateIssue(epic.key, { projectKey: 'PLAT' });
    await s.app.rt.deliverEvents();
    const [stored] = await storedContributions(s.app);
    expect(stored).toMatchObject({ epicKey: moved.key, projectKey: 'PLAT', projectId: moved.projectId });
    const entry = storedAudit(s.app, 'contribution', stored.id).at(-1)!;
    expect(entry).toMatchObject({
      action: 'snapshot',
      accountId: null,
      changes: { epicKey: [epic.key, moved.key] },
    });
  });

  test('an event for a child of an epic nobody linked costs no Jira request and changes nothing', async () => {
    const unlinked = epicsOf(s.app.rt, 'ANLY').find((e) => childrenOf(s.app, e.id).length > 0)!;
    s.app.rt.jira.updateIssue(childrenOf(s.app, unlinked.id)[0].key, { summary: 'Nobody links its epic' });
    const before = s.app.rt.kvs.dump();
    expect(await s.app.jiraRequestsDuring(() => s.app.rt.deliverEvents())).toBe(0);
    expect(s.app.rt.kvs.dump()).toEqual(before);
  });

  test('an edited epic nobody linked costs one count of its project, and writes nothing when the count holds', async () => {
    const unlinked = epicsOf(s.app.rt, 'ANLY')[0];
    await s.lead('portfolio.get', {}); // starts the first count…
    await s.app.rt.deliverJobs(); // …which runs in the background
    s.app.rt.jira.updateIssue(unlinked.key, { summary: 'Nobody links this' });
    const before = s.app.rt.kvs.dump();
    s.app.rt.jiraTraffic.length = 0;
    await s.app.rt.deliverEvents();
    expect(s.app.rt.jiraTraffic.map((t) => [t.request.path, t.request.accountId])).toEqual([
      ['/rest/api/3/search/approximate-count', undefined],
    ]);
    expect(s.app.rt.kvs.dump()).toEqual(before);
  });

  test('a payload that is not an issue event is ignored', async () => {
    const before = s.app.rt.kvs.dump();
    await s.app.rt.fire('avi:jira:updated:issue', { issue: { key: 'BILL-1' } });
    await s.app.rt.fire('avi:jira:deleted:issue', {});
    expect(s.app.rt.kvs.dump()).toEqual(before);
  });
});

describe('avi:jira:created:issue', () => {
  test("a new child lowers its epic's progress at once, not at the daily reconcile", async () => {
    const epic = epicsWithOpenChildren(s.app, 'IAM')[0];
    const linked = await link(epic.key);
    s.app.rt.jira.createIssue({
      projectKey: 'IAM',
      issueTypeId: ISSUE_TYPES.story.id,
      summary: 'SCIM group sync',
      parentId: epic.id,
    });
    expect(s.app.rt.pendingEvents().map((e) => e.eventType)).toEqual(['avi:jira:created:issue']);
    await s.app.rt.deliverEvents();
    const stored = (await storedContributions(s.app)).find((c) => c.id === linked.id)!;
    expect(stored.snapshot.children.total).toBe(linked.snapshot.children.total + 1);
    expect(stored.snapshot.children.done).toBe(linked.snapshot.children.done);
    expect(stored.snapshot).toEqual(liveSnapshot(s.app, epic.id, stored.snapshot.refreshedAt));
  });
});

describe('avi:jira:deleted:issue', () => {
  test('a deleted epic is unlinked from every solution, recorded as the app', async () => {
    const second = await s.lead('solution.create', {
      ...solutionFor([s.priority.id]),
      name: 'Audit-ready ledger',
    });
    const again = await link(s.contribution.epicKey, second.id);
    const linked = (await storedContributions(s.app)).map((c) => c.id);
    expect(linked.sort()).toEqual([s.contribution.id, again.id].sort());
    s.app.rt.jira.deleteIssue(s.contribution.epicKey);
    await s.app.rt.deliverEvents();
    expect(await storedContributions(s.app)).toEqual([]);
    for (const id of [s.contribution.id, again.id]) {
      expect(storedAudit(s.app, 'contribution', id).at(-1)).toMatchObject({
        action: 'epic-deleted',
        accountId: null,
      });
    }
  });

  test("a deleted child lowers its epic's progress", async () => {
    const epic = epicsWithOpenChildren(s.app, 'IAM')[0];
    const linked = await link(epic.key);
    s.app.rt.jira.deleteIssue(childrenOf(s.app, epic.id)[0].key);
    await s.app.rt.deliverEvents();
    const stored = (await storedContributions(s.app)).find((c) => c.id === linked.id)!;
    expect(stored.snapshot.children.total).toBe(linked.snapshot.children.total - 1);
  });
});
