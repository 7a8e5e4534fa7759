import type { CascadeEffect, Dependent } from '../contract';
import type { RecordType } from '../domain';

/** What a person calls each record type, singular and plural. */
export const WHAT: Record<RecordType, [string, string]> = {
  market: ['market', 'markets'],
  priority: ['business priority', 'business priorities'],
  solution: ['solution', 'solutions'],
  contribution: ['linked epic', 'linked epics'],
};

const count = (n: number, type: RecordType) => `${n} ${WHAT[type][n === 1 ? 0 : 1]}`;

/** "2 business priorities (“A”, “B”)", "12 linked epics (“PLAT-1” and 8 more; 3 in projects you cannot view)". */
function listed(n: number, type: RecordType, names: readonly string[], hidden = 0): string {
  const more = n - hidden - names.length;
  const inside = [
    names.map((name) => `“${name}”`).join(', ') + (names.length > 0 && more > 0 ? ` and ${more} more` : ''),
    hidden > 0 ? `${hidden} in projects you cannot view` : '',
  ].filter(Boolean);
  return inside.length > 0 ? `${count(n, type)} (${inside.join('; ')})` : count(n, type);
}

function describe(dependents: readonly Dependent[]): string {
  return listed(
    dependents.length,
    dependents[0].type,
    dependents.slice(0, 5).map((d) => d.name),
  );
}

/** "it also deletes 3 solutions (…) and 40 linked epics; 2 solutions (…) stay but no longer address it". */
function consequences(effects: readonly CascadeEffect[]): string {
  const deleted = effects
    .filter((e) => e.effect === 'delete')
    .map((e) => listed(e.count, e.type, e.names, e.hidden));
  const kept = effects
    .filter((e) => e.effect === 'update')
    .map(
      (e) =>
        `${listed(e.count, e.type, e.names)} ${e.count === 1 ? 'stays but no longer addresses it' : 'stay but no longer address it'}`,
    );
  return [deleted.length > 0 ? `it also deletes ${join(deleted)}` : '', ...kept].filter(Boolean).join('; ');
}

function join(parts: readonly string[]): string {
  return parts.length <= 1
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export function refusal(
  label: string,
  dependents: readonly Dependent[],
  effects: readonly CascadeEffect[],
): string {
  const verb = dependents.length === 1 ? 'refers' : 'refer';
  return (
    `${capitalise(label)} cannot be deleted: ${describe(dependents)} still ${verb} to it. ` +
    `Remove ${dependents.length === 1 ? 'it' : 'them'} first, or delete it together with everything that depends on it: ${consequences(effects)}.`
  );
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
