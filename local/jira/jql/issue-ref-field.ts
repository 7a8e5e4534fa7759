import type { SiteIssue } from '../site';
import type { ValueOperand } from './ast';
import type { CompileContext, FieldDefinition } from './context';
import { JqlError } from './errors';
import { setField } from './set-field';

const KEY_SHAPE = /^[A-Z][A-Z0-9_]*-\d+$/i;

/**
 * Resolves an issue key or id in `key`, `id` and `parent` clauses. A well-formed key the viewer
 * cannot see is reported exactly like a missing one, so nobody can probe what exists.
 */
function resolveIssue(value: ValueOperand, ctx: CompileContext, fieldName: string): string[] {
  const text = value.value.trim();
  if (/^\d+$/.test(text)) {
    const issue = ctx.store.byId(text);
    return issue && ctx.viewer.canSee(issue) ? [issue.id] : [];
  }
  if (!KEY_SHAPE.test(text))
    throw new JqlError(`The issue key '${text}' for field '${fieldName}' is invalid.`);
  const issue = ctx.store.find(text);
  if (!issue || !ctx.viewer.canSee(issue)) {
    throw new JqlError(`An issue with key '${text.toUpperCase()}' does not exist for field '${fieldName}'.`);
  }
  return [issue.id];
}

function union(sets: Iterable<ReadonlySet<string>>): Set<string> {
  const all = new Set<string>();
  for (const set of sets) for (const id of set) all.add(id);
  return all;
}

const equality = setField({
  operators: ['=', '!=', 'in', 'not in'],
  resolve: resolveIssue,
  values: (issue: SiteIssue) => [issue.id],
  candidates: (ids) => ids,
});

const RANGE = ['>', '>=', '<', '<='] as const;
type Range = (typeof RANGE)[number];
const compare: Record<Range, (a: number, b: number) => boolean> = {
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
};

/**
 * `key`, `issuekey`, `id`, `issue`: equality as above, and Jira's range operators on an issue id
 * (`id > 10042`: a client pages a large result in id order). A key in a range clause compares by
 * id too here; Jira compares keys within their project, which no caller of the emulator needs.
 */
export const issueKeyField: FieldDefinition = {
  operators: [...equality.operators, ...RANGE],
  compile(operator, operand, ctx, fieldName) {
    if (!(RANGE as readonly string[]).includes(operator))
      return equality.compile(operator, operand, ctx, fieldName);
    if (operand.kind !== 'value')
      throw new JqlError(
        `The operator '${operator}' does not support a list of values for the field '${fieldName}'.`,
      );
    const text = operand.value.trim();
    const bound = /^\d+$/.test(text) ? Number(text) : Number(resolveIssue(operand, ctx, fieldName)[0]);
    const test = compare[operator as Range];
    return { test: (issue) => test(Number(issue.id), bound) };
  },
};

export const parentField: FieldDefinition = setField({
  resolve: resolveIssue,
  values: (issue: SiteIssue) => (issue.parentId === undefined ? [] : [issue.parentId]),
  candidates: (ids, ctx) => union([...ids].map((id) => ctx.store.childIds(id))),
});
