import type { SiteIssue } from '../site';
import { type FieldDefinition, unsupportedOperator } from './context';
import { JqlError } from './errors';

/**
 * `summary ~ "billing export"`: every word must occur in the text (case-insensitive). A
 * simplification of Jira's stemming full-text search; `*` wildcards are ignored.
 */
export function textField(read: (issue: SiteIssue) => string): FieldDefinition {
  return {
    operators: ['~', '!~'],
    compile(operator, operand, _ctx, fieldName) {
      if (operator !== '~' && operator !== '!~') throw unsupportedOperator(operator, fieldName);
      if (operand.kind !== 'value') {
        throw new JqlError(`Error in the JQL Query: The field '${fieldName}' takes a single text value.`);
      }
      const words = operand.value
        .toLowerCase()
        .replace(/[*?]/g, '')
        .split(/\s+/)
        .filter((w) => w.length > 0);
      const contains = (issue: SiteIssue) => {
        const text = read(issue).toLowerCase();
        return words.every((w) => text.includes(w));
      };
      return { test: operator === '~' ? contains : (issue) => !contains(issue) };
    },
  };
}
