import type { SiteIssue } from './site';
import type { SiteStore } from './store';

/** A new issue: the project, type and summary are required; Jira fills in the rest. */
export interface NewIssue {
  projectKey: string;
  issueTypeId: string;
  summary: string;
  statusId?: string;
  parentId?: string;
  duedate?: string;
  assigneeAccountId?: string;
  reporterAccountId?: string;
  securityLevelId?: string;
  labels?: string[];
  description?: SiteIssue['description'];
  properties?: Record<string, unknown>;
  customFields?: Record<string, number>;
}

/**
 * Field changes, as a trigger or test would make them. `null` clears an optional field;
 * `projectKey` moves the issue (it gets a new key, the old key still resolves, as in Jira).
 */
export interface IssueChanges {
  summary?: string;
  statusId?: string;
  issueTypeId?: string;
  projectKey?: string;
  parentId?: string | null;
  duedate?: string | null;
  assigneeAccountId?: string | null;
  securityLevelId?: string | null;
  labels?: string[];
  description?: SiteIssue['description'] | null;
  /** Custom field values by id (a number, or null to empty the field). */
  customFields?: Record<string, number | null>;
}

function mustExist<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Unknown ${what}`);
  return value;
}

function firstStatusId(store: SiteStore): string {
  const todo = store.data.statuses.find((s) => s.categoryKey === 'new') ?? store.data.statuses[0];
  return mustExist(todo, 'status (the site has none)').id;
}

export function createIssue(store: SiteStore, now: Date, input: NewIssue): SiteIssue {
  const project = mustExist(
    store.projectsByKey.get(input.projectKey.toUpperCase()),
    `project ${input.projectKey}`,
  );
  mustExist(store.issueTypesById.get(input.issueTypeId), `issue type ${input.issueTypeId}`);
  if (input.parentId) mustExist(store.byId(input.parentId), `parent ${input.parentId}`);
  const { id, key } = store.nextIdentity(project);
  const stamp = now.toISOString();
  const issue: SiteIssue = {
    id,
    key,
    projectId: project.id,
    issueTypeId: input.issueTypeId,
    statusId: input.statusId ?? firstStatusId(store),
    summary: input.summary,
    created: stamp,
    updated: stamp,
    labels: input.labels ?? [],
    rank: Number(id),
    ...(input.parentId !== undefined && { parentId: input.parentId }),
    ...(input.duedate !== undefined && { duedate: input.duedate }),
    ...(input.assigneeAccountId !== undefined && { assigneeAccountId: input.assigneeAccountId }),
    ...(input.reporterAccountId !== undefined && { reporterAccountId: input.reporterAccountId }),
    ...(input.securityLevelId !== undefined && { securityLevelId: input.securityLevelId }),
    ...(input.description !== undefined && { description: input.description }),
    ...(input.properties !== undefined && { properties: input.properties }),
    ...(input.customFields !== undefined && { customFields: { ...input.customFields } }),
  };
  store.insert(issue);
  return structuredClone(issue);
}

function applyOptional<K extends keyof SiteIssue>(
  issue: SiteIssue,
  key: K,
  value: SiteIssue[K] | null | undefined,
) {
  if (value === undefined) return;
  if (value === null) delete issue[key];
  else issue[key] = value;
}

export function updateIssue(store: SiteStore, now: Date, idOrKey: string, changes: IssueChanges): SiteIssue {
  const previous = mustExist(store.find(idOrKey), `issue ${idOrKey}`);
  const next: SiteIssue = structuredClone(previous);
  if (changes.summary !== undefined) next.summary = changes.summary;
  if (changes.statusId !== undefined)
    next.statusId = mustExist(store.statusesById.get(changes.statusId), 'status').id;
  if (changes.issueTypeId !== undefined)
    next.issueTypeId = mustExist(store.issueTypesById.get(changes.issueTypeId), 'issue type').id;
  if (changes.labels !== undefined) next.labels = [...changes.labels];
  if (changes.parentId) mustExist(store.byId(changes.parentId), `parent ${changes.parentId}`);
  applyOptional(next, 'parentId', changes.parentId);
  applyOptional(next, 'duedate', changes.duedate);
  applyOptional(next, 'assigneeAccountId', changes.assigneeAccountId);
  applyOptional(next, 'securityLevelId', changes.securityLevelId);
  applyOptional(next, 'description', changes.description);
  for (const [fieldId, value] of Object.entries(changes.customFields ?? {})) {
    mustExist(
      store.data.fields?.find((f) => f.id === fieldId),
      `field ${fieldId}`,
    );
    const values = { ...next.customFields };
    if (value === null) delete values[fieldId];
    else values[fieldId] = value;
    next.customFields = values;
  }
  if (changes.projectKey !== undefined) {
    const project = mustExist(store.projectsByKey.get(changes.projectKey.toUpperCase()), 'project');
    if (project.id !== previous.projectId) {
      next.projectId = project.id;
      next.key = store.nextIdentity(project).key;
    }
  }
  next.updated = now.toISOString();
  store.replace(previous, next);
  return structuredClone(next);
}

/** Deletes an issue as Jira does: its sub-tasks go with it, its other children lose their parent. */
export function deleteIssue(store: SiteStore, now: Date, idOrKey: string): void {
  const issue = mustExist(store.find(idOrKey), `issue ${idOrKey}`);
  for (const childId of [...store.childIds(issue.id)]) {
    const child = store.byId(childId);
    if (!child) continue;
    if (store.issueTypesById.get(child.issueTypeId)?.hierarchyLevel === -1) deleteIssue(store, now, child.id);
    else updateIssue(store, now, child.id, { parentId: null });
  }
  store.remove(issue);
}
