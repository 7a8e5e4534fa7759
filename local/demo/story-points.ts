import type { SiteIssue } from '../jira/site';
import { DEMO_FIELDS } from './skeleton';

const EPIC_POINTS = [8, 13, 20, 40];
const CHILD_POINTS = [1, 2, 3, 5, 8];

/** FNV-1a of the id: estimates follow the issue, not the random stream (adding them moved no other value). */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Story point estimates as teams leave them: about a third of the epics estimated themselves,
 * about 60% of the child issues; so some epics take their children's sum and some have none.
 * Deterministic: the same issue ids, the same estimates.
 */
export function withStoryPoints(issues: SiteIssue[]): SiteIssue[] {
  const field = DEMO_FIELDS.storyPoints.id;
  for (const issue of issues) {
    const h = hash(issue.id);
    const points =
      issue.parentId === undefined
        ? h % 3 === 0
          ? EPIC_POINTS[(h >>> 4) % EPIC_POINTS.length]
          : null
        : h % 5 < 3
          ? CHILD_POINTS[(h >>> 4) % CHILD_POINTS.length]
          : null;
    if (points !== null) issue.customFields = { ...issue.customFields, [field]: points };
  }
  return issues;
}
