import type { SiteJqlFunction } from '../site';
import type { Clause, Operand } from './ast';
import type { Compiled, CompileContext } from './context';
import { JqlError } from './errors';
import { parseJql } from './parser';

/** Fields of JQL type `issue` (what a function declared with `types: [issue]` may stand in for). */
const ISSUE_FIELDS = new Set(['issue', 'issuekey', 'key', 'id']);

/** The app function a clause calls, if the installed app declares one of that name (case-insensitive). */
export function appFunctionOf(operand: Operand, ctx: CompileContext): SiteJqlFunction | undefined {
  if (operand.kind !== 'function') return undefined;
  const name = operand.name.toLowerCase();
  return ctx.store.data.app?.jqlFunctions?.find((fn) => fn.name.toLowerCase() === name);
}

/** The app function calls of a parsed clause (for the runtime to compute before the search runs). */
export function functionCallsIn(
  clause: Clause | undefined,
  functions: readonly SiteJqlFunction[],
): { fn: SiteJqlFunction; field: string; operator: string; arguments: string[] }[] {
  if (!clause) return [];
  if (clause.kind === 'and' || clause.kind === 'or')
    return clause.clauses.flatMap((c) => functionCallsIn(c, functions));
  if (clause.kind === 'not') return functionCallsIn(clause.clause, functions);
  const { operand } = clause;
  if (operand.kind !== 'function') return [];
  const fn = functions.find((f) => f.name.toLowerCase() === operand.name.toLowerCase());
  return fn ? [{ fn, field: clause.field, operator: clause.operator, arguments: operand.args }] : [];
}

/**
 * `issue in marketLayerSolution("Continuous close")`: Jira replaces the clause with the app's JQL
 * fragment, stored as a precomputation, and evaluates that with the searcher's permissions
 * (https://developer.atlassian.com/cloud/jira/platform/jql-functions/). An app's `error` answer is
 * the search's error message.
 */
export function compileAppFunction(
  fn: SiteJqlFunction,
  clause: Extract<Clause, { kind: 'terminal' }>,
  ctx: CompileContext,
  compileFragment: (clause: Clause, ctx: CompileContext) => Compiled,
): Compiled {
  const operand = clause.operand as Extract<Operand, { kind: 'function' }>;
  if (!fn.types.includes('issue') || !ISSUE_FIELDS.has(clause.field.toLowerCase())) {
    throw new JqlError(
      `Error in the JQL Query: The function '${fn.name}' is not supported for the field '${clause.field}'.`,
    );
  }
  if (!fn.operators.includes(clause.operator)) {
    throw new JqlError(
      `Error in the JQL Query: The operator '${clause.operator.toUpperCase()}' is not supported by the function '${fn.name}'.`,
    );
  }
  const required = fn.arguments.filter((a) => a.required).length;
  if (operand.args.length < required || operand.args.length > fn.arguments.length) {
    throw new JqlError(
      `Function '${fn.name}' expects between ${required} and ${fn.arguments.length} arguments, but got ${operand.args.length}.`,
    );
  }
  const app = ctx.store.data.app!;
  const call = { fn, field: clause.field, operator: clause.operator, arguments: operand.args };
  const precomputation = ctx.functions.find(app, call);
  if (!precomputation) {
    // The runtime computes every call before the search (JiraSite.handleAsync); a bare `handle` cannot.
    throw new JqlError(`The function '${fn.name}' could not be evaluated. Try again later.`);
  }
  ctx.functions.markUsed(precomputation);
  if (precomputation.error !== undefined) throw new JqlError(precomputation.error);
  const fragment = parseJql(precomputation.value ?? '');
  if (
    !fragment.where ||
    fragment.orderBy.length > 0 ||
    functionCallsIn(fragment.where, app.jqlFunctions ?? []).length > 0
  ) {
    throw new JqlError(`The function '${fn.name}' returned JQL that cannot replace a clause.`);
  }
  return compileFragment(fragment.where, ctx);
}
