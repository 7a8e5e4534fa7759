import { DEMO_GROUPS, DEMO_USERS } from '../demo';
import type { SiteData } from '../jira';
import type { HostUser } from './server';

const ROLES: Record<string, string> = {
  [DEMO_USERS.portfolioLead]: 'portfolio lead',
  [DEMO_USERS.productManager]: 'product manager',
  [DEMO_USERS.engineeringLead]: 'engineering lead',
  [DEMO_USERS.viewer]: 'viewer',
};

/** The people the host's user switch offers: the site's active users. */
export function hostUsers(site: SiteData): HostUser[] {
  return site.users
    .filter((u) => u.active)
    .map((u) => ({
      accountId: u.accountId,
      displayName: u.displayName,
      email: u.emailAddress,
      role: ROLES[u.accountId] ?? 'user',
      isAdmin: u.groups.includes(DEMO_GROUPS.admins),
    }));
}
