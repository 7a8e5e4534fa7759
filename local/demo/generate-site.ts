import type { ProjectPermissionGrant, SiteData, SiteProject } from '../jira/site';
import { DEMO_PRODUCTS, MORE_PRODUCT_NAMES, type ProductSpec } from './catalog';
import { DEMO_GROUPS, DEMO_USERS, demoUsers } from './demo-users';
import { buildProjectIssues } from './issue-factory';
import { createPrng } from './prng';
import { withStoryPoints } from './story-points';
import { DEMO_APP, DEMO_BASE_URL, DEMO_FIELDS, ISSUE_TYPES, LEADERSHIP_LEVEL, STATUSES } from './skeleton';

export interface SiteCounts {
  projects: number;
  epicsPerProject: number;
  childrenPerEpic: number;
  seed?: number;
}

const DEFAULT_SEED = 20260302;
const ALL_PROJECT_PERMISSIONS = [
  'BROWSE_PROJECTS',
  'CREATE_ISSUES',
  'EDIT_ISSUES',
  'TRANSITION_ISSUES',
  'ADMINISTER_PROJECTS',
];

/** The product behind the n-th project: the six demo products first, then generic ones. */
function productAt(index: number): ProductSpec {
  if (index < DEMO_PRODUCTS.length) return DEMO_PRODUCTS[index];
  const extra = index - DEMO_PRODUCTS.length;
  const name = MORE_PRODUCT_NAMES[extra % MORE_PRODUCT_NAMES.length];
  const round = Math.floor(extra / MORE_PRODUCT_NAMES.length);
  const letters = name
    .replace(/[^A-Za-z]/g, '')
    .slice(0, 4)
    .toUpperCase();
  return {
    key: round === 0 ? `${letters}X` : `${letters}${round + 1}`,
    name: round === 0 ? name : `${name} ${round + 1}`,
    description: `${name} product.`,
    themes: DEMO_PRODUCTS[extra % DEMO_PRODUCTS.length].themes,
  };
}

export function projectFor(product: ProductSpec, index: number): SiteProject {
  return {
    id: String(10000 + index),
    key: product.key,
    name: product.name,
    projectTypeKey: 'software',
    leadAccountId: DEMO_USERS.portfolioLead,
    description: product.description,
  };
}

/** Admins may do everything everywhere; every site user browses every project. */
export function openGrants(): ProjectPermissionGrant[] {
  return [
    ...ALL_PROJECT_PERMISSIONS.map((permission) => ({
      permission,
      grantee: { kind: 'group' as const, group: DEMO_GROUPS.admins },
    })),
    { permission: 'BROWSE_PROJECTS', grantee: { kind: 'group', group: DEMO_GROUPS.users } },
  ];
}

/**
 * A deterministic site of `projects × epicsPerProject` epics, each with exactly
 * `childrenPerEpic` children (benchmarks). Same counts and seed, same site.
 */
export function generateSite(counts: SiteCounts): SiteData {
  const prng = createPrng(counts.seed ?? DEFAULT_SEED);
  const ids = { nextId: 10000 };
  const users = demoUsers();
  const assignees = users.map((u) => u.accountId);
  const projects = Array.from({ length: counts.projects }, (_, i) => projectFor(productAt(i), i));
  const issues = projects.flatMap((project, i) =>
    buildProjectIssues(prng, ids, {
      project,
      product: productAt(i),
      epicCount: counts.epicsPerProject,
      childCount: () => counts.childrenPerEpic,
      assignees,
    }),
  );
  return {
    baseUrl: DEMO_BASE_URL,
    users,
    projects,
    issueTypes: Object.values(ISSUE_TYPES),
    statuses: Object.values(STATUSES),
    securityLevels: [LEADERSHIP_LEVEL],
    fields: Object.values(DEMO_FIELDS),
    issues: withStoryPoints(issues),
    projectGrants: openGrants(),
    globalGrants: [
      { permission: 'ADMINISTER', grantee: { kind: 'group', group: DEMO_GROUPS.admins } },
      { permission: 'USER_PICKER', grantee: { kind: 'group', group: DEMO_GROUPS.users } },
    ],
    app: { ...DEMO_APP },
  };
}
