import type { ProjectPermissionGrant, SiteApp, SiteData, SiteIssue } from '../jira/site';
import { DEMO_PRODUCTS } from './catalog';
import { DEMO_GROUPS, DEMO_USERS, demoUsers } from './demo-users';
import { openGrants, projectFor } from './generate-site';
import { buildProjectIssues } from './issue-factory';
import { createPrng } from './prng';
import { withStoryPoints } from './story-points';
import {
  DEMO_APP,
  DEMO_BASE_URL,
  DEMO_FIELDS,
  dayOffset,
  ISSUE_TYPES,
  LEADERSHIP_LEVEL,
  STATUSES,
} from './skeleton';

/** Epics per demo product (80 in all). */
const EPICS_PER_PRODUCT: Record<string, number> = { BILL: 16, IAM: 14, ANLY: 13, INT: 12, MOB: 12, PLAT: 13 };
const DEMO_SEED = 7;

/** Product-specific grants on top of `openGrants` (admins everywhere, users browse). */
function demoGrants(projectIdByKey: Map<string, string>): ProjectPermissionGrant[] {
  const ids = (...keys: string[]) => keys.map((k) => projectIdByKey.get(k) ?? '');
  const notMobile = [...projectIdByKey.entries()].filter(([k]) => k !== 'MOB').map(([, id]) => id);
  const user = (accountId: string) => ({ kind: 'user' as const, accountId });
  const group = (name: string) => ({ kind: 'group' as const, group: name });
  const edit = ['EDIT_ISSUES', 'CREATE_ISSUES', 'TRANSITION_ISSUES'];
  return [
    ...openGrants().filter(
      (g) =>
        !(
          g.permission === 'BROWSE_PROJECTS' &&
          g.grantee.kind === 'group' &&
          g.grantee.group === DEMO_GROUPS.users
        ),
    ),
    // Everyone browses everything except MOB, which engineering (Eli) may not see.
    { permission: 'BROWSE_PROJECTS', grantee: group(DEMO_GROUPS.users), projectIds: notMobile },
    { permission: 'BROWSE_PROJECTS', grantee: group(DEMO_GROUPS.productManagers), projectIds: ids('MOB') },
    { permission: 'BROWSE_PROJECTS', grantee: group(DEMO_GROUPS.viewers), projectIds: ids('MOB') },
    ...edit.map((permission) => ({
      permission,
      grantee: user(DEMO_USERS.productManager),
      projectIds: ids('BILL', 'IAM'),
    })),
    ...edit.map((permission) => ({
      permission,
      grantee: user(DEMO_USERS.engineeringLead),
      projectIds: ids('PLAT'),
    })),
  ];
}

/** A PLAT epic only the portfolio lead may see, with two ordinary children. */
function securedEpic(nextId: number, platId: string, nextKeyNumber: number): SiteIssue[] {
  const base = {
    projectId: platId,
    created: dayOffset(-20),
    updated: dayOffset(-2),
    reporterAccountId: DEMO_USERS.portfolioLead,
    labels: [],
  };
  const epicId = String(nextId);
  return [
    {
      ...base,
      id: epicId,
      key: `PLAT-${nextKeyNumber}`,
      rank: nextId,
      issueTypeId: ISSUE_TYPES.epic.id,
      statusId: STATUSES.inProgress.id,
      summary: 'Acquisition due diligence: merge the Northwind data platform',
      duedate: dayOffset(45).slice(0, 10),
      assigneeAccountId: DEMO_USERS.portfolioLead,
      securityLevelId: LEADERSHIP_LEVEL.id,
      labels: ['confidential'],
    },
    ...['Inventory Northwind data stores', 'Estimate migration cost'].map((summary, i) => ({
      ...base,
      id: String(nextId + 1 + i),
      key: `PLAT-${nextKeyNumber + 1 + i}`,
      rank: nextId + 1 + i,
      issueTypeId: ISSUE_TYPES.task.id,
      statusId: i === 0 ? STATUSES.done.id : STATUSES.todo.id,
      summary,
      parentId: epicId,
    })),
  ];
}

/**
 * The demo site: six products of Acme (BILL, IAM, ANLY, INT, MOB, PLAT), 80 epics plus one
 * secured epic, children in varied states, and four users with distinct permissions.
 */
export function demoSite(options: { app?: Partial<SiteApp> } = {}): SiteData {
  const prng = createPrng(DEMO_SEED);
  const ids = { nextId: 10000 };
  const users = demoUsers();
  const projects = DEMO_PRODUCTS.map((product, i) => projectFor(product, i));
  const assignees = users.map((u) => u.accountId);
  const issues = projects.flatMap((project, i) =>
    buildProjectIssues(prng, ids, {
      project,
      product: DEMO_PRODUCTS[i],
      epicCount: EPICS_PER_PRODUCT[project.key],
      // Some epics have no children yet; most have a handful.
      childCount: () => (prng.chance(0.1) ? 0 : prng.int(2, 8)),
      assignees,
    }),
  );
  const plat = projects.find((p) => p.key === 'PLAT')!;
  const platCount = issues.filter((i) => i.projectId === plat.id).length;
  issues.push(...securedEpic(ids.nextId, plat.id, platCount + 1));
  return {
    baseUrl: DEMO_BASE_URL,
    users,
    projects,
    issueTypes: Object.values(ISSUE_TYPES),
    statuses: Object.values(STATUSES),
    securityLevels: [LEADERSHIP_LEVEL],
    fields: Object.values(DEMO_FIELDS),
    issues: withStoryPoints(issues),
    projectGrants: demoGrants(new Map(projects.map((p) => [p.key, p.id]))),
    globalGrants: [
      { permission: 'ADMINISTER', grantee: { kind: 'group', group: DEMO_GROUPS.admins } },
      { permission: 'USER_PICKER', grantee: { kind: 'group', group: DEMO_GROUPS.users } },
    ],
    app: { ...DEMO_APP, ...options.app },
  };
}

/** The summary of the demo site's secured epic (visible to the portfolio lead only). */
export const DEMO_SECURED_EPIC_SUMMARY = 'Acquisition due diligence: merge the Northwind data platform';
