/**
 * Jira's display conditions for the issue view's modules, the part this app uses
 * (developer.atlassian.com/platform/forge/manifest-reference/display-conditions/jira): `issueType`,
 * `issueKey`, `issueId`, `projectKey`, `projectId` (a string or a list; the issue type by name), and
 * `and`, `or`, `not` to combine them (each takes one condition object or a list). A condition this
 * host does not evaluate is an error naming it, never silently true.
 */
export interface IssueFacts {
  issueId: string;
  issueKey: string;
  issueType: string;
  projectId: string;
  projectKey: string;
}

type Conditions = Record<string, unknown>;

const MATCHERS: Record<string, (facts: IssueFacts) => string> = {
  issueType: (f) => f.issueType,
  issueKey: (f) => f.issueKey,
  issueId: (f) => f.issueId,
  projectKey: (f) => f.projectKey,
  projectId: (f) => f.projectId,
};

const listOf = (value: unknown): Conditions[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (v): v is Conditions => typeof v === 'object' && v !== null,
  );

/** True when every condition in the object holds (Jira ANDs the keys of one object). */
export function displays(conditions: unknown, facts: IssueFacts): boolean {
  if (conditions === undefined || conditions === null) return true;
  if (typeof conditions !== 'object' || Array.isArray(conditions))
    throw new Error('displayConditions must be an object');
  return Object.entries(conditions as Conditions).every(([name, value]) => {
    if (name === 'and') return listOf(value).every((c) => displays(c, facts));
    if (name === 'or') return listOf(value).some((c) => displays(c, facts));
    if (name === 'not') return !listOf(value).every((c) => displays(c, facts));
    const matcher = MATCHERS[name];
    if (!matcher) throw new Error(`The local host does not evaluate the display condition "${name}"`);
    const wanted = (Array.isArray(value) ? value : [value]).map(String);
    return wanted.includes(matcher(facts));
  });
}
