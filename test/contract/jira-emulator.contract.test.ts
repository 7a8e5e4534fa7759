/**
 * Drives the Jira emulator through every operation Market Layer uses, as each demo user and as
 * the app, and checks every request and answer against Atlassian's OpenAPI description.
 */
import { DEMO_USERS } from '../../local/demo';
import { CALLERS, callerOf, query, recordedDemoJira } from './demo-jira';

interface IssueRef {
  id: string;
  key: string;
}
interface SearchPage {
  issues: IssueRef[];
  nextPageToken?: string;
  isLast?: boolean;
}
interface ProjectPage {
  values: { id: string; key: string }[];
}

/** From the demo grants: Priya edits BILL and IAM, Eli only PLAT, Vic nothing; Eli cannot browse MOB. */
const EDITS_BILL = new Set(['portfolioLead', 'productManager', 'app']);
const BROWSES_MOB = (role: string) => role !== 'engineeringLead';

const EPIC_FIELDS = 'summary,status,duedate,parent,issuetype,project';
const EPICS = 'issuetype = Epic ORDER BY key';

describe.each(CALLERS)('the emulator answers %s within the Jira contract', (role, accountId) => {
  const jira = recordedDemoJira();
  const as = callerOf(jira, accountId);

  it('myself and mypermissions', () => {
    const me = as.get<{ accountId: string }>('/myself?expand=groups');
    expect(me.status).toBe(200);
    if (accountId) expect(me.body.accountId).toBe(accountId);
    expect(
      as.get(`/mypermissions${query({ permissions: 'BROWSE_PROJECTS,EDIT_ISSUES', projectKey: 'PLAT' })}`)
        .status,
    ).toBe(200);
    expect(as.get(`/mypermissions${query({ permissions: 'ADMINISTER' })}`).status).toBe(200);
    expect(jira.contractViolations()).toEqual([]);
  });

  it('issue types, and user search by a prefix of a name or email, paged, or by account id', () => {
    const types = as.get<{ name: string; hierarchyLevel: number }[]>('/issuetype');
    expect(types.status).toBe(200);
    expect(types.body.map((t) => t.name)).toEqual(expect.arrayContaining(['Epic', 'Story']));
    const priya = as.get<{ accountId: string; displayName: string }[]>(
      `/user/search${query({ query: 'pri' })}`,
    );
    expect(priya.status).toBe(200);
    expect(priya.body.map((u) => u.displayName)).toEqual(['Priya Patel']);
    // "patel" is the start of a word of the name; "atel" is not.
    expect(as.get<unknown[]>(`/user/search${query({ query: 'patel' })}`).body).toHaveLength(1);
    expect(as.get<unknown[]>(`/user/search${query({ query: 'atel' })}`).body).toHaveLength(0);
    const paged = as.get<unknown[]>(`/user/search${query({ query: 'acme', startAt: 1, maxResults: 2 })}`);
    expect(paged.status).toBe(200);
    expect(paged.body).toHaveLength(2);
    const byId = as.get<{ accountId: string }[]>(
      `/user/search${query({ accountId: priya.body[0].accountId })}`,
    );
    expect(byId.body.map((u) => u.accountId)).toEqual([priya.body[0].accountId]);
    expect(jira.contractViolations()).toEqual([]);
  });

  it('fields: system and custom, the story point estimate a number field, its values in `fields`', () => {
    const fields =
      as.get<{ id: string; name: string; custom: boolean; schema: { type: string } }[]>('/field');
    expect(fields.status).toBe(200);
    expect(fields.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'summary', custom: false }),
        expect.objectContaining({
          id: 'customfield_10016',
          name: 'Story point estimate',
          custom: true,
          schema: expect.objectContaining({ type: 'number', customId: 10016 }),
        }),
        expect.objectContaining({
          id: 'customfield_10015',
          schema: expect.objectContaining({ type: 'date' }),
        }),
      ]),
    );
    const page = as.post<{ issues: { fields: Record<string, unknown> }[] }>('/search/jql', {
      jql: EPICS,
      fields: ['summary', 'customfield_10016'],
      maxResults: 20,
    });
    expect(page.status).toBe(200);
    const points = page.body.issues.map((issue) => issue.fields.customfield_10016);
    // Some epics carry an estimate, some are empty (null, as Jira answers a field asked for by id).
    expect(points.some((p) => typeof p === 'number')).toBe(true);
    expect(points.some((p) => p === null)).toBe(true);
    expect(jira.contractViolations()).toEqual([]);
  });

  it('project search, with paging parameters', () => {
    const page = as.get<ProjectPage>(
      `/project/search${query({ maxResults: 3, startAt: 1, orderBy: 'key' })}`,
    );
    expect(page.status).toBe(200);
    const keys = as.get<ProjectPage>('/project/search').body.values.map((project) => project.key);
    expect(keys.includes('MOB')).toBe(BROWSES_MOB(role));
    expect(jira.contractViolations()).toEqual([]);
  });

  it('JQL search by GET and POST across pages, and the approximate count', () => {
    const first = as.get<SearchPage>(
      `/search/jql${query({ jql: EPICS, fields: EPIC_FIELDS, maxResults: 5 })}`,
    );
    expect(first.status).toBe(200);
    if (first.body.nextPageToken) {
      const next = `/search/jql${query({ jql: EPICS, fields: EPIC_FIELDS, maxResults: 5, nextPageToken: first.body.nextPageToken })}`;
      expect(as.get(next).status).toBe(200);
    }
    const byPost = as.post<SearchPage>('/search/jql', {
      jql: EPICS,
      fields: EPIC_FIELDS.split(','),
      maxResults: 5,
    });
    expect(byPost.body.issues).toEqual(first.body.issues);
    expect(as.post('/search/jql', { jql: 'project = PLAT', fields: ['*all'], maxResults: 2 }).status).toBe(
      200,
    );
    expect(as.post('/search/jql', { jql: EPICS, maxResults: 3 }).status).toBe(200); // ids only
    expect(as.post('/search/approximate-count', { jql: 'issuetype = Epic' }).status).toBe(200);
    expect(jira.contractViolations()).toEqual([]);
  });

  it('issue, bulk fetch with an unknown key, and bulk permission check', () => {
    const epics = as.post<SearchPage>('/search/jql', { jql: EPICS, fields: ['id'], maxResults: 4 }).body
      .issues;
    // Ids-only searches answer ids without keys, so the bulk fetch asks by id.
    const keys = epics.map((issue) => issue.id);
    const bulk = as.post<{ issueErrors?: unknown[] }>('/issue/bulkfetch', {
      issueIdsOrKeys: [...keys, 'NOPE-404'],
      fields: EPIC_FIELDS.split(','),
    });
    expect(bulk.status).toBe(200);
    for (const key of keys.slice(0, 2)) {
      expect(as.get(`/issue/${key}${query({ fields: EPIC_FIELDS })}`).status).toBe(200);
      expect(as.get(`/issue/${key}`).status).toBe(200); // every field
    }
    const projects = as.get<ProjectPage>('/project/search').body.values.map((project) => Number(project.id));
    const check = as.post('/permissions/check', {
      globalPermissions: ['ADMINISTER'],
      projectPermissions: [
        {
          permissions: ['BROWSE_PROJECTS', 'EDIT_ISSUES'],
          projects,
          issues: epics.map((issue) => Number(issue.id)),
        },
      ],
    });
    expect(check.status).toBe(200);
    expect(jira.contractViolations()).toEqual([]);
  });

  it('issue properties: set, list, read, overwrite, delete, read again', () => {
    const [epic] = as.post<SearchPage>('/search/jql', {
      jql: 'project = BILL AND issuetype = Epic',
      maxResults: 1,
    }).body.issues;
    const path = `/issue/${epic.id}/properties/market-layer`;
    const created = as.put(path, { solutions: ['s-1'] });
    expect(created.status).toBe(EDITS_BILL.has(role) ? 201 : 403);
    expect(as.get(`/issue/${epic.id}/properties`).status).toBe(200);
    if (created.status === 201) {
      expect(as.get(path).body).toEqual({ key: 'market-layer', value: { solutions: ['s-1'] } });
      expect(as.put(path, { solutions: [] }).status).toBe(200);
      expect(as.delete(path).status).toBe(204);
    } else {
      expect(as.delete(path).status).toBe(404);
    }
    expect(as.get(path).status).toBe(404);
    expect(jira.contractViolations()).toEqual([]);
  });

  it('bulk set and bulk delete answer 303 with a task its submitter (or an admin) may read', () => {
    const [epic] = as.post<SearchPage>('/search/jql', {
      jql: 'project = BILL AND issuetype = Epic',
      maxResults: 1,
    }).body.issues;
    const set = as.post('/issue/properties/multi', {
      issues: [{ issueID: Number(epic.id), properties: { 'market-layer': { solutions: ['s-1'] } } }],
    });
    expect(set.status).toBe(303);
    const taskPath = (answer: { headers?: Record<string, string> }) =>
      new URL(answer.headers!.location).pathname.replace('/rest/api/3', '');
    const task = as.get<{ status: string; progress: number; result: unknown }>(taskPath(set));
    expect(task).toMatchObject({ status: 200, body: { status: 'COMPLETE', progress: 100 } });
    const edits = EDITS_BILL.has(role);
    expect(task.body.result).toEqual({ updated: edits ? 1 : 0, skipped: edits ? 0 : 1 });
    expect(as.get(`/issue/${epic.id}/properties/market-layer`).status).toBe(edits ? 200 : 404);

    const removed = as.delete('/issue/properties/market-layer', { entityIds: [Number(epic.id)] });
    expect(removed.status).toBe(303);
    expect(as.get<{ result: unknown }>(taskPath(removed)).body.result).toEqual({ deleted: edits ? 1 : 0 });
    expect(as.get(`/issue/${epic.id}/properties/market-layer`).status).toBe(404);
    // Another caller's task is not found (Jira: the creator or a Jira administrator only).
    const other = callerOf(jira, role === 'viewer' ? undefined : DEMO_USERS.viewer);
    expect(other.get(taskPath(set)).status).toBe(404);
    expect(as.get('/task/no-such-task').status).toBe(404);
    expect(jira.contractViolations()).toEqual([]);
    // A request outside the contract is Jira's 400 (recorded last: it is the caller's violation).
    expect(as.delete('/issue/properties/market-layer', { entityIds: ['x'] }).status).toBe(400);
  });
});
