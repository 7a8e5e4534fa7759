import type { SiteIssue } from '../site';
import type { Operand, Operator, ValueOperand } from './ast';
import type { Compiled, CompileContext, FieldDefinition } from './context';
import { unsupportedOperator } from './context';
import { JqlError } from './errors';

const SET_OPERATORS: readonly Operator[] = ['=', '!=', 'in', 'not in', 'is', 'is not'];

/** A field whose clauses compare an issue's value(s) with a set of resolved ids. */
export interface SetFieldSpec {
  /** The ids (project ids, status ids, …) one operand value stands for; throws Jira's error if none. */
  resolve(value: ValueOperand, ctx: CompileContext, fieldName: string): string[];
  /** The issue's values for this field; empty means EMPTY. */
  values(issue: SiteIssue, ctx: CompileContext): readonly string[];
  /** Issue ids that can match `= ids`, when an index makes that cheap. */
  candidates?(ids: ReadonlySet<string>, ctx: CompileContext): ReadonlySet<string>;
  /** Functions allowed as operands (e.g. `currentUser()`), resolved to ids. */
  functions?: Record<string, (ctx: CompileContext) => string[]>;
  operators?: readonly Operator[];
}

function operandIds(
  spec: SetFieldSpec,
  operand: Operand,
  ctx: CompileContext,
  fieldName: string,
): Set<string> {
  if (operand.kind === 'value') return new Set(spec.resolve(operand, ctx, fieldName));
  if (operand.kind === 'list') return new Set(operand.values.flatMap((v) => spec.resolve(v, ctx, fieldName)));
  if (operand.kind === 'function') {
    const fn = spec.functions?.[operand.name.toLowerCase()];
    if (!fn) {
      throw new JqlError(
        `Error in the JQL Query: The function '${operand.name}' is not supported for the field '${fieldName}' by the local Jira emulator.`,
      );
    }
    return new Set(fn(ctx));
  }
  return new Set();
}

export function setField(spec: SetFieldSpec): FieldDefinition {
  const operators = spec.operators ?? SET_OPERATORS;
  return {
    operators,
    compile(operator, operand, ctx, fieldName): Compiled {
      if (!operators.includes(operator)) throw unsupportedOperator(operator, fieldName);
      const isEmptyCheck = operand.kind === 'empty';
      if ((operator === '=' || operator === '!=') && operand.kind === 'list') {
        throw new JqlError(
          `Error in the JQL Query: The operator '${operator}' does not support a list of values for the field '${fieldName}'; use 'in' or 'not in'.`,
        );
      }
      const hasValue = (issue: SiteIssue) => spec.values(issue, ctx).length > 0;
      if (isEmptyCheck) {
        const wantsEmpty = operator === 'is' || operator === '=';
        return { test: (issue) => hasValue(issue) !== wantsEmpty };
      }
      const ids = operandIds(spec, operand, ctx, fieldName);
      const matches = (issue: SiteIssue) => spec.values(issue, ctx).some((v) => ids.has(v));
      if (operator === '=' || operator === 'in') {
        return { test: matches, candidates: spec.candidates?.(ids, ctx) };
      }
      // Jira's negative operators never match issues where the field is empty.
      return { test: (issue) => hasValue(issue) && !matches(issue) };
    },
  };
}
