import { DEMO_USERS, demoSite } from '../../../local/demo';
import { openGrants } from '../../../local/demo/generate-site';
import { demoUsers } from '../../../local/demo/demo-users';
import { DEMO_APP, DEMO_BASE_URL, ISSUE_TYPES, STATUSES } from '../../../local/demo/skeleton';
import { createJiraSite, type JiraSite, type SiteData, type SiteIssue } from '../../../local/jira';

export { DEMO_USERS };

/** The fixed clock of every test site. */
export const NOW = new Date('2026-03-02T12:00:00.000Z');

function issue(partial: Partial<SiteIssue> & Pick<SiteIssue, 'id' | 'key' | 'summary'>): SiteIssue {
  return {
    projectId: partial.key.startsWith('ALP') ? '20000' : '20001',
    issueTypeId: ISSUE_TYPES.epic.id,
    statusId: STATUSES.todo.id,
    created: '2026-01-01T10:00:00.000Z',
    updated: '2026-01-01T10:00:00.000Z',
    labels: [],
    rank: Number(partial.id),
    ...partial,
  };
}

/** Two projects, six issues: small enough to state every expected JQL result by hand. */
function tinySiteData(): SiteData {
  return {
    baseUrl: DEMO_BASE_URL,
    users: demoUsers(),
    projects: [
      {
        id: '20000',
        key: 'ALP',
        name: 'Alpha',
        projectTypeKey: 'software',
        leadAccountId: DEMO_USERS.portfolioLead,
      },
      {
        id: '20001',
        key: 'BET',
        name: 'Beta Suite',
        projectTypeKey: 'software',
        leadAccountId: DEMO_USERS.portfolioLead,
      },
    ],
    issueTypes: Object.values(ISSUE_TYPES),
    statuses: Object.values(STATUSES),
    securityLevels: [],
    projectGrants: openGrants(),
    globalGrants: [{ permission: 'ADMINISTER', grantee: { kind: 'group', group: 'jira-administrators' } }],
    app: { ...DEMO_APP },
    issues: [
      issue({
        id: '30001',
        key: 'ALP-1',
        summary: 'Usage-based pricing',
        duedate: '2026-04-01',
        updated: '2026-02-01T10:00:00.000Z',
        rank: 5,
      }),
      issue({
        id: '30002',
        key: 'ALP-2',
        summary: 'Configure pricing tiers',
        issueTypeId: ISSUE_TYPES.story.id,
        statusId: STATUSES.inProgress.id,
        parentId: '30001',
        created: '2026-01-02T10:00:00.000Z',
        updated: '2026-02-20T10:00:00.000Z',
        rank: 3,
      }),
      issue({
        id: '30003',
        key: 'ALP-3',
        summary: 'Rounding bug in invoices',
        issueTypeId: ISSUE_TYPES.bug.id,
        statusId: STATUSES.done.id,
        parentId: '30001',
        duedate: '2026-03-15',
        created: '2026-01-03T10:00:00.000Z',
        updated: '2026-01-10T10:00:00.000Z',
        rank: 4,
      }),
      issue({
        id: '30004',
        key: 'ALP-4',
        summary: 'Partner payouts',
        statusId: STATUSES.inReview.id,
        duedate: '2026-05-01',
        created: '2026-01-04T10:00:00.000Z',
        updated: '2026-02-25T10:00:00.000Z',
        rank: 1,
        labels: ['growth'],
      }),
      issue({
        id: '30005',
        key: 'BET-1',
        summary: 'Single sign-on',
        statusId: STATUSES.done.id,
        duedate: '2026-02-01',
        created: '2025-12-01T10:00:00.000Z',
        updated: '2026-01-05T10:00:00.000Z',
        rank: 2,
      }),
      issue({
        id: '30006',
        key: 'BET-2',
        summary: 'SCIM provisioning task',
        issueTypeId: ISSUE_TYPES.task.id,
        parentId: '30005',
        created: '2025-12-02T10:00:00.000Z',
        updated: '2026-02-28T10:00:00.000Z',
        rank: 6,
        assigneeAccountId: DEMO_USERS.productManager,
      }),
    ],
  };
}

export function tinySite(): JiraSite {
  return createJiraSite(tinySiteData(), { now: () => NOW });
}

export function demoJira(): JiraSite {
  return createJiraSite(demoSite(), { now: () => NOW });
}

export interface Answer {
  status: number;
  // Tests read response bodies structurally.
  body: Record<string, unknown> & { errorMessages?: string[] };
}

export function call(
  site: JiraSite,
  method: string,
  path: string,
  body?: unknown,
  accountId?: string,
): Answer {
  const response = site.handle({ method, path, body, accountId });
  return { status: response.status, body: (response.body ?? {}) as Answer['body'] };
}

interface SearchBody {
  issues: Array<{
    id: string;
    key?: string;
    fields?: Record<string, unknown>;
    properties?: Record<string, unknown>;
  }>;
  nextPageToken?: string;
  isLast: boolean;
}

export function search(
  site: JiraSite,
  body: Record<string, unknown>,
  accountId?: string,
): SearchBody & { status: number; errorMessages?: string[] } {
  const answer = call(site, 'POST', '/rest/api/3/search/jql', body, accountId);
  return {
    status: answer.status,
    ...(answer.body as unknown as SearchBody),
    errorMessages: answer.body.errorMessages,
  };
}

/** Keys matching `jql`, every page followed. */
export function keys(site: JiraSite, jql: string, accountId?: string): string[] {
  const found: string[] = [];
  let nextPageToken: string | undefined;
  do {
    const page = search(site, { jql, fields: ['key'], maxResults: 100, nextPageToken }, accountId);
    if (page.status !== 200) throw new Error(`${page.status}: ${page.errorMessages?.join(' ')}`);
    found.push(...page.issues.map((i) => i.key ?? ''));
    nextPageToken = page.nextPageToken;
  } while (nextPageToken);
  return found;
}

export function jqlError(site: JiraSite, jql: string, accountId?: string): string {
  const page = search(site, { jql }, accountId);
  if (page.status !== 400) throw new Error(`expected 400 for ${jql}, got ${page.status}`);
  return (page.errorMessages ?? []).join(' ');
}
