import { AppFailure } from '../contract';
import { countChild, MAX_CHILDREN_PER_QUERY } from './child-progress';
import { addChildEstimate, epicEstimate, withEstimate, type ChildEstimate } from './estimates';
import { jqlString } from './jql';
import { ISSUE_FIELDS, issueSchema, toJiraIssue } from './schemas';
import { FIELDS_PAGE_SIZE, searchAll } from './search';
import { toEpicRecord } from './snapshots';
import type { JiraRequest } from './transport';
import type { ChildCounts, EpicRecord, JiraIssue } from './types';

export interface EpicForLink {
  /** The issue as Jira has it (type, project name): what the link's checks need. */
  issue: JiraIssue;
  /** Where it lives and its snapshot, child progress included: what the contribution stores. */
  record: EpicRecord;
}

/**
 * The issue a person asked to link and its child issues, in ONE search as the app (one page per
 * 100 children beyond the first 99): the snapshot the link stores, read as every later refresh
 * reads it, so child progress does not depend on who linked the epic. Nothing of it may reach the
 * caller before their own permission check says they may browse it (the caller's resolver does
 * that). `issuekey` and `parent` resolve an old key of a moved issue as Jira does; a key Jira does
 * not know (or the app may not see) is a 400 from Jira, and null here, like an unknown id.
 */
export async function epicForLink(
  request: JiraRequest,
  idOrKey: string,
  now: () => Date,
  estimateFieldId: string | null = null,
): Promise<EpicForLink | null> {
  // The contract allows a key (letters, digits, underscore, hyphen) or digits; quoted either way.
  const ref = /^\d+$/.test(idOrKey) ? idOrKey : jqlString(idOrKey.toUpperCase());
  const field = /^\d+$/.test(idOrKey) ? 'id' : 'issuekey';
  let found: JiraIssue[];
  try {
    const { issues } = await searchAll(request, {
      as: 'app',
      jql: `${field} = ${ref} OR parent = ${ref}`,
      fields: withEstimate(ISSUE_FIELDS, estimateFieldId),
      pageSize: FIELDS_PAGE_SIZE,
      limit: MAX_CHILDREN_PER_QUERY + 1,
      what: 'the epic and its child issues',
      issueSchema,
      unknownIssueMessage: 'This issue does not exist.',
    });
    found = issues.map((i) => toJiraIssue(i, estimateFieldId));
  } catch (error) {
    if (error instanceof AppFailure && error.error.code === 'NOT_FOUND') return null;
    throw error;
  }
  const ids = new Set(found.map((i) => i.id));
  // The asked-for issue is the one whose parent is not among the results; the others are its children.
  const issue = found.find((i) => i.parentId === null || !ids.has(i.parentId));
  if (!issue) return null;
  const children: ChildCounts = { total: 0, done: 0, inProgress: 0 };
  const estimates: ChildEstimate = { sum: null };
  for (const child of found)
    if (child.parentId === issue.id) {
      countChild(children, child.statusCategory);
      addChildEstimate(estimates, child.statusCategory, child.estimate);
    }
  const estimate = epicEstimate(issue.estimate, estimates);
  return { issue, record: toEpicRecord(issue, children, estimate, now().toISOString()) };
}
