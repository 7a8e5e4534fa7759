import type { Dependent } from '../contract';
import type { RecordType } from '../domain';
import { MAX_OPERATIONS } from './writes';

/** What a person calls each record type, singular and plural. */
export const WHAT: Record<RecordType, [string, string]> = {
  market: ['market', 'markets'],
  priority: ['business priority', 'business priorities'],
  solution: ['solution', 'solutions'],
  contribution: ['linked epic', 'linked epics'],
};

function describe(dependents: readonly Dependent[]): string {
  const [one, many] = WHAT[dependents[0].type];
  const names = dependents.slice(0, 5).map((d) => `“${d.name}”`);
  const more = dependents.length > 5 ? ` and ${dependents.length - 5} more` : '';
  return `${dependents.length} ${dependents.length === 1 ? one : many} (${names.join(', ')}${more})`;
}

export function refusal(label: string, dependents: readonly Dependent[]): string {
  const verb = dependents.length === 1 ? 'refers' : 'refer';
  return `${capitalise(label)} cannot be deleted: ${describe(dependents)} still ${verb} to it. Remove ${dependents.length === 1 ? 'it' : 'them'} first, or delete it together with everything that depends on it.`;
}

export function tooBig(
  label: string,
  records: number,
  operations: number,
  dependents: readonly Dependent[],
): string {
  return (
    `Deleting ${label} would change ${records} records (${operations} storage operations with their audit entries and the portfolio summary), ` +
    `but one change can make at most ${MAX_OPERATIONS}, so nothing was deleted. ` +
    `Delete some of what depends on it first (${describe(dependents)}), then delete it.`
  );
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
