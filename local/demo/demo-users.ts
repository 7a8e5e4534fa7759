import type { SiteUser } from '../jira/site';

/** Stable account ids of the four demo users (Atlassian's `712020:<uuid>` form). */
export const DEMO_USERS = {
  /** Avery: portfolio lead and Jira administrator; browses and edits every project. */
  portfolioLead: '712020:9d3c1f0e-4a6b-4c1e-8f00-00000000a001',
  /** Priya: product manager; browses every project, edits BILL and IAM. */
  productManager: '712020:9d3c1f0e-4a6b-4c1e-8f00-00000000a002',
  /** Eli: engineering lead; cannot browse MOB, edits PLAT. */
  engineeringLead: '712020:9d3c1f0e-4a6b-4c1e-8f00-00000000a003',
  /** Vic: viewer; browses every project, edits nothing. */
  viewer: '712020:9d3c1f0e-4a6b-4c1e-8f00-00000000a004',
} as const;

export type DemoUserRole = keyof typeof DEMO_USERS;

/** Groups: Jira's defaults plus one per role, used by the demo permission grants. */
export const DEMO_GROUPS = {
  admins: 'jira-administrators',
  users: 'jira-software-users',
  productManagers: 'product-managers',
  engineering: 'engineering',
  viewers: 'stakeholders',
} as const;

export function demoUsers(): SiteUser[] {
  const { admins, users, productManagers, engineering, viewers } = DEMO_GROUPS;
  return [
    {
      accountId: DEMO_USERS.portfolioLead,
      displayName: 'Avery Lead',
      emailAddress: 'avery.lead@acme-demo.test',
      active: true,
      groups: [admins, users],
      timeZone: 'Europe/London',
    },
    {
      accountId: DEMO_USERS.productManager,
      displayName: 'Priya Patel',
      emailAddress: 'priya.pm@acme-demo.test',
      active: true,
      groups: [users, productManagers],
      timeZone: 'Europe/Berlin',
    },
    {
      accountId: DEMO_USERS.engineeringLead,
      displayName: 'Eli Engström',
      emailAddress: 'eli.eng@acme-demo.test',
      active: true,
      groups: [users, engineering],
      timeZone: 'Europe/Stockholm',
    },
    {
      accountId: DEMO_USERS.viewer,
      displayName: 'Vic Viewer',
      emailAddress: 'vic.viewer@acme-demo.test',
      active: true,
      groups: [users, viewers],
      timeZone: 'America/New_York',
    },
  ];
}
