import { statusCategoryOf, STATUS_CATEGORY_KEYS } from '../render/entities';
import type { SiteIssue } from '../site';
import type { ValueOperand } from './ast';
import { type CompileContext, type FieldDefinition, valueDoesNotExist } from './context';
import { setField } from './set-field';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const EQUALITY = ['=', '!=', 'in', 'not in'] as const;

/** Projects the viewer cannot browse do not exist, as far as JQL tells them. */
export const projectField: FieldDefinition = setField({
  operators: EQUALITY,
  resolve(value, ctx, fieldName) {
    const v = value.value.trim();
    const project = ctx.store.data.projects.find((p) => same(p.key, v) || p.id === v || same(p.name, v));
    if (!project || !ctx.viewer.canBrowseProject(project.id)) throw valueDoesNotExist(v, fieldName);
    return [project.id];
  },
  values: (issue: SiteIssue) => [issue.projectId],
  candidates(ids, ctx) {
    const all = new Set<string>();
    for (const id of ids) for (const issueId of ctx.store.idsInProject(id)) all.add(issueId);
    return all;
  },
});

export const issueTypeField: FieldDefinition = setField({
  operators: EQUALITY,
  resolve(value, ctx, fieldName) {
    const v = value.value.trim();
    const ids = ctx.store.data.issueTypes.filter((t) => t.id === v || same(t.name, v)).map((t) => t.id);
    if (ids.length === 0) throw valueDoesNotExist(v, fieldName);
    return ids;
  },
  values: (issue: SiteIssue) => [issue.issueTypeId],
});

export const statusField: FieldDefinition = setField({
  operators: EQUALITY,
  resolve(value, ctx, fieldName) {
    const v = value.value.trim();
    const ids = ctx.store.data.statuses.filter((s) => s.id === v || same(s.name, v)).map((s) => s.id);
    if (ids.length === 0) throw valueDoesNotExist(v, fieldName);
    return ids;
  },
  values: (issue: SiteIssue) => [issue.statusId],
});

/** Status categories by name ("In Progress"), key ("indeterminate") or id (4). */
export const statusCategoryField: FieldDefinition = setField({
  operators: EQUALITY,
  resolve(value: ValueOperand, _ctx, fieldName) {
    const v = value.value.trim();
    const key = STATUS_CATEGORY_KEYS.find((k) => {
      const category = statusCategoryOf(k);
      return same(k, v) || same(category.name, v) || String(category.id) === v;
    });
    if (!key) throw valueDoesNotExist(v, fieldName);
    return [key];
  },
  values: (issue: SiteIssue, ctx: CompileContext) => {
    const status = ctx.store.statusesById.get(issue.statusId);
    return status ? [status.categoryKey] : [];
  },
});

export const labelsField: FieldDefinition = setField({
  resolve: (value) => [value.value],
  values: (issue: SiteIssue) => issue.labels,
});

function userField(read: (issue: SiteIssue) => string | undefined): FieldDefinition {
  return setField({
    resolve(value, ctx, fieldName) {
      const v = value.value.trim();
      if (!ctx.store.usersById.has(v)) throw valueDoesNotExist(v, fieldName);
      return [v];
    },
    values: (issue: SiteIssue) => {
      const accountId = read(issue);
      return accountId === undefined ? [] : [accountId];
    },
    functions: { currentuser: (ctx) => [ctx.currentAccountId] },
  });
}

export const assigneeField = userField((issue) => issue.assigneeAccountId);
export const reporterField = userField((issue) => issue.reporterAccountId);
