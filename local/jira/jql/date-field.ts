import type { SiteIssue } from '../site';
import type { Operator } from './ast';
import { type Compiled, type FieldDefinition, unsupportedOperator } from './context';
import { dayOf, parseJqlDate } from './dates';
import { JqlError } from './errors';

const DATE_OPERATORS: readonly Operator[] = ['=', '!=', '<', '<=', '>', '>=', 'is', 'is not'];

function compare(operator: Operator, a: number | string, b: number | string): boolean {
  switch (operator) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    default:
      return a >= b;
  }
}

/** `created`/`updated` compare instants; `duedate` (a day, no time) compares days. */
export function dateField(
  read: (issue: SiteIssue) => string | undefined,
  kind: 'instant' | 'day',
): FieldDefinition {
  return {
    operators: DATE_OPERATORS,
    compile(operator, operand, ctx, fieldName): Compiled {
      if (!DATE_OPERATORS.includes(operator)) throw unsupportedOperator(operator, fieldName);
      if (operand.kind === 'empty') {
        const wantsEmpty = operator === 'is' || operator === '=';
        return { test: (issue) => (read(issue) === undefined) === wantsEmpty };
      }
      if (operand.kind !== 'value') {
        throw new JqlError(
          `Error in the JQL Query: The field '${fieldName}' takes a single date value in the local Jira emulator.`,
        );
      }
      const instant = parseJqlDate(operand.value, fieldName, ctx.now);
      const target = kind === 'day' ? dayOf(instant) : instant;
      return {
        test(issue) {
          const value = read(issue);
          if (value === undefined) return false;
          return compare(operator, kind === 'day' ? value : Date.parse(value), target);
        },
      };
    },
  };
}
