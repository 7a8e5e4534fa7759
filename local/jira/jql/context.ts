import type { PrecomputationStore } from '../functions/precomputations';
import type { Viewer } from '../permissions';
import type { SiteIssue } from '../site';
import type { SiteStore } from '../store';
import type { Operand, Operator } from './ast';
import { JqlError } from './errors';

export interface CompileContext {
  store: SiteStore;
  viewer: Viewer;
  now: Date;
  /** The account `currentUser()` stands for (the app user when running as the app). */
  currentAccountId: string;
  /** The app's JQL functions' stored fragments. */
  functions: PrecomputationStore;
}

/** A compiled clause: a test per issue, and when cheap, the ids that can possibly match. */
export interface Compiled {
  test(issue: SiteIssue): boolean;
  candidates?: ReadonlySet<string>;
}

/** How a clause on one field is checked against the site and turned into a test. */
export interface FieldDefinition {
  operators: readonly Operator[];
  compile(operator: Operator, operand: Operand, ctx: CompileContext, fieldName: string): Compiled;
}

export function unsupportedOperator(operator: Operator, fieldName: string): JqlError {
  return new JqlError(`The operator '${operator}' is not supported by the '${fieldName}' field.`);
}

export function valueDoesNotExist(value: string, fieldName: string): JqlError {
  return new JqlError(`The value '${value}' does not exist for the field '${fieldName}'.`);
}
