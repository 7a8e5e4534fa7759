/**
 * Jira's display conditions for the issue view's modules, the part this app uses
 * (developer.atlassian.com/platform/forge/manifest-reference/display-conditions/jira): `issueType`,
 * `issueKey`, `issueId`, `projectKey`, `projectId` (a string or a list; the issue type by name), and
 * `and`, `or`, `not` to combine them (each takes one condition object or a list); and the entity
 * property conditions on the issue (developer.atlassian.com/platform/forge/manifest-reference/
 * display-conditions/entity-property-conditions): `entityPropertyExists`, `entityPropertyEqualTo`,
 * `entityPropertyContainsAny`, `entityPropertyContainsAll`, each `{entity: issue, propertyKey,
 * objectName?, value?}` (`objectName` a dot path into the value; `value` a string, for the
 * contains conditions a JSON list). A condition this host does not evaluate (another entity
 * included) is an error naming it, never silently true.
 */
export interface IssueFacts {
  issueId: string;
  issueKey: string;
  issueType: string;
  projectId: string;
  projectKey: string;
  /** The issue's property by key (as Jira stores it), undefined when it has none. */
  property?: (key: string) => unknown;
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

const PROPERTY_CONDITIONS: Record<string, (found: unknown, value: unknown) => boolean> = {
  entityPropertyExists: (found) => found !== undefined,
  entityPropertyEqualTo: (found, value) =>
    found !== undefined && (typeof found === 'string' ? found : JSON.stringify(found)) === value,
  entityPropertyContainsAny: (found, value) => {
    const wanted = jsonList(value);
    return Array.isArray(found) && wanted.some((w) => found.some((f) => same(f, w)));
  },
  entityPropertyContainsAll: (found, value) => {
    const wanted = jsonList(value);
    return Array.isArray(found) && wanted.every((w) => found.some((f) => same(f, w)));
  },
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function jsonList(value: unknown): unknown[] {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? parsed : [parsed];
}

function propertyCondition(name: string, spec: unknown, facts: IssueFacts): boolean {
  const { entity, propertyKey, objectName, value } = (spec ?? {}) as Record<string, unknown>;
  if (entity !== 'issue' || typeof propertyKey !== 'string')
    throw new Error(`The local host evaluates "${name}" on the issue's own properties only (entity: issue)`);
  let found = facts.property?.(propertyKey);
  for (const part of typeof objectName === 'string' ? objectName.split('.') : []) {
    found =
      found !== null && typeof found === 'object' ? (found as Record<string, unknown>)[part] : undefined;
  }
  return PROPERTY_CONDITIONS[name](found, value);
}

/** True when every condition in the object holds (Jira ANDs the keys of one object). */
export function displays(conditions: unknown, facts: IssueFacts): boolean {
  if (conditions === undefined || conditions === null) return true;
  if (typeof conditions !== 'object' || Array.isArray(conditions))
    throw new Error('displayConditions must be an object');
  return Object.entries(conditions as Conditions).every(([name, value]) => {
    if (name === 'and') return listOf(value).every((c) => displays(c, facts));
    if (name === 'or') return listOf(value).some((c) => displays(c, facts));
    if (name === 'not') return !listOf(value).every((c) => displays(c, facts));
    if (name in PROPERTY_CONDITIONS) return propertyCondition(name, value, facts);
    const matcher = MATCHERS[name];
    if (!matcher) throw new Error(`The local host does not evaluate the display condition "${name}"`);
    const wanted = (Array.isArray(value) ? value : [value]).map(String);
    return wanted.includes(matcher(facts));
  });
}
