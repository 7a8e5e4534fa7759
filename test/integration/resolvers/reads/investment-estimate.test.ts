import type { Input, Output, ResolverKey } from '../../../../src/contract';
import { DEMO_FIELDS, ISSUE_TYPES, STATUSES } from '../../../../local/demo';
import { expectNoLeak, useApp, useSeededPortfolio, type DemoUserRole } from '../../../support';

/**
 * The third effort measure (issue 12): a numeric field of the site, picked from Jira's fields.
 * The seeded portfolio's five open epics (test/support/seed.ts), given story points by hand:
 *   BILL  own 8 (a child's 100 does not count: the epic's own value wins)
 *   IAM   none of its own; open children 2 and 3, a done child 5: 2 + 3 = 5
 *   MOB   none, nor its children: no estimate (counts 0)
 *   PLAT (secured) own 13;  IAM access own 3
 * All serve Mid-market manufacturing EMEA: 8 + 5 + 0 + 13 + 3 = 29 points, 1 of 5 open epics
 * without estimate. Continuous close (BILL, IAM, MOB, PLAT: 26) splits half to executive and half
 * to senior manager; Audit-ready access (3) is senior manager: executive 13, senior manager 16.
 */
const app = useApp();
const seeded = useSeededPortfolio(app);
const POINTS = DEMO_FIELDS.storyPoints;

async function as<K extends ResolverKey>(user: DemoUserRole, key: K, payload: Input<K>): Promise<Output<K>> {
  const result = await app.callAs(user, 'settings', key, payload);
  if (!result.ok) throw new Error(`${key}: ${JSON.stringify(result.error)}`);
  return result.data;
}

const points = (value: number | null) => ({ customFields: { [POINTS.id]: value } });
const childrenOf = (epicId: string) => app.rt.jira.snapshot().issues.filter((i) => i.parentId === epicId);

/** The estimates of the header, set on the site as a team would leave them. */
function estimateTheSeededEpics() {
  const { bill, iam, mob, secured, iamAccess } = seeded.epics;
  const jira = app.rt.jira;
  for (const epic of [iam, mob]) {
    jira.updateIssue(epic.id, points(null));
    for (const child of childrenOf(epic.id)) jira.updateIssue(child.id, points(null));
  }
  const child = (parent: string, projectKey: string, value: number, statusId = STATUSES.todo.id) =>
    jira.createIssue({
      projectKey,
      issueTypeId: ISSUE_TYPES.story.id,
      summary: `Estimated ${value}`,
      parentId: parent,
      statusId,
      customFields: { [POINTS.id]: value },
    });
  child(iam.id, 'IAM', 2);
  child(iam.id, 'IAM', 3, STATUSES.inProgress.id);
  child(iam.id, 'IAM', 5, STATUSES.done.id);
  jira.updateIssue(bill.id, points(8));
  child(bill.id, 'BILL', 100);
  jira.updateIssue(secured.id, points(13));
  jira.updateIssue(iamAccess.id, points(3));
}

describe('the estimate field picker', () => {
  it('lists the site’s numeric custom fields only, by name, in one Jira request after the manager check', async () => {
    const from = app.rt.jiraTraffic.length;
    const fields = await as('portfolioLead', 'jira.estimateFields', {});
    const paths = app.rt.jiraTraffic.slice(from).map((x) => x.request.path.split('?')[0]);
    // "Manage market layer" first (as for every manager-only key), then Jira's field list, once.
    expect(paths.filter((p) => p === '/rest/api/3/field')).toHaveLength(1);
    expect(paths).toHaveLength(2);
    // "Start date" is a custom field too, but a date: it cannot hold an estimate.
    expect(fields).toEqual([{ id: POINTS.id, name: 'Story point estimate' }]);
  });
});

describe('settings: the estimate measure', () => {
  it('refuses the measure without a field, and a field that is not a custom field id, naming the field', async () => {
    const without = await app.callRaw('portfolioLead', 'settings', 'settings.update', {
      version: null,
      changes: { investmentMeasure: 'estimate' },
    });
    expect(without).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { 'changes.estimateFieldId': expect.stringContaining('numeric Jira field') },
      },
    });
    const notCustom = await app.callRaw('portfolioLead', 'settings', 'settings.update', {
      version: null,
      changes: { investmentMeasure: 'estimate', estimateFieldId: 'duedate', estimateFieldName: 'Due date' },
    });
    expect(notCustom).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { 'changes.estimateFieldId': expect.stringContaining('customfield_') },
      },
    });
    expect((await as('portfolioLead', 'admin.get', {})).settings).toMatchObject({
      investmentMeasure: 'open-epics',
      estimateFieldId: null,
    });
  });

  it('choosing the field reads every linked epic again in the background; the shares follow, named by the field', async () => {
    estimateTheSeededEpics();
    await app.rt.deliverEvents();
    // No field chosen yet: the snapshots carry no estimate, and nothing asks Jira for one.
    const before = await as('viewer', 'portfolio.investment', {});
    expect(before).toMatchObject({
      measure: 'open-epics',
      estimateField: null,
      openEpics: 5,
      unestimated: 5,
    });

    const saved = await as('portfolioLead', 'settings.update', {
      version: null,
      changes: { investmentMeasure: 'estimate', estimateFieldId: POINTS.id, estimateFieldName: POINTS.name },
    });
    expect(saved).toMatchObject({ investmentMeasure: 'estimate', estimateFieldId: POINTS.id });
    const jobs = await as('portfolioLead', 'jobs.list', {});
    expect(jobs).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'refresh', state: 'running' })]),
    );
    // Until the refresh has run, the stored snapshots hold no estimate: every open epic counts 0.
    expect(await as('viewer', 'portfolio.investment', {})).toMatchObject({ total: 0, unestimated: 5 });

    await app.rt.deliverJobs();
    const lead = await as('portfolioLead', 'portfolio.investment', {});
    expect(lead).toMatchObject({
      measure: 'estimate',
      estimateField: { id: POINTS.id, name: 'Story point estimate' },
      total: 29,
      openEpics: 5,
      unestimated: 1,
      split: 0,
    });
    expect(lead.markets[0]).toMatchObject({
      name: 'Mid-market manufacturing EMEA',
      amount: 29,
      investmentShare: 1,
    });
    expect(lead.layers.map((l) => [l.layer, l.amount])).toEqual([
      ['executive', 13],
      ['senior-manager', 16],
      ['user', 0],
    ]);
    // Counts are the same for every viewer; the secured epic's 13 points are counted, never named.
    const viewer = await as('viewer', 'portfolio.investment', {});
    expect(viewer).toEqual(lead);
    expectNoLeak(viewer, [seeded.epics.secured.key], [seeded.epics.secured.summary]);
    // One product: IAM's two epics, 5 + 3.
    const iam = await as('viewer', 'portfolio.investment', { projectId: seeded.epics.iam.projectId });
    expect(iam).toMatchObject({ total: 8, openEpics: 2, unestimated: 0 });
  });

  it('a Jira change to an estimate reaches the shares through the issue event, in the same requests', async () => {
    await as('portfolioLead', 'settings.update', {
      version: null,
      changes: { investmentMeasure: 'estimate', estimateFieldId: POINTS.id, estimateFieldName: POINTS.name },
    });
    estimateTheSeededEpics();
    await app.rt.deliverJobs();
    await app.rt.deliverEvents();
    expect(await as('viewer', 'portfolio.investment', {})).toMatchObject({ total: 29, unestimated: 1 });
    app.rt.jira.updateIssue(seeded.epics.mob.id, points(21));
    await app.rt.deliverEvents();
    expect(await as('viewer', 'portfolio.investment', {})).toMatchObject({ total: 50, unestimated: 0 });
  });
});
