/** The issue fields this emulator knows; all of them are navigable, as in Jira. */
const ISSUE_FIELDS = [
  'summary',
  'issuetype',
  'status',
  'project',
  'parent',
  'duedate',
  'created',
  'updated',
  'assignee',
  'reporter',
  'security',
  'labels',
  'description',
] as const;

export type IssueField = (typeof ISSUE_FIELDS)[number];

export interface FieldSelection {
  /** Fields to render in `fields`. */
  fields: Set<IssueField>;
  /** The site's custom fields to render (`customfield_<n>`), each navigable as in Jira. */
  custom: Set<string>;
  /** Whether `key` and `self` are returned (anything beyond the bare id was asked for). */
  withKey: boolean;
}

const KNOWN = new Set<string>(ISSUE_FIELDS);

/** Query parameters may repeat and each may hold a comma-separated list. */
export function splitList(values: readonly string[]): string[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/**
 * Reads Jira's `fields` parameter: `*all`, `*navigable`, `id`, field names, `-field` to exclude.
 * Only exclusions means "navigable minus those". Unknown field names are ignored, as Jira does.
 * `customIds` are the site's custom fields: named, or in `*all`/`*navigable`, they are rendered too.
 */
export function parseFieldSelection(
  values: readonly string[],
  defaults: readonly string[],
  customIds: readonly string[] = [],
): FieldSelection {
  const tokens = splitList(values);
  const effective = tokens.length > 0 ? tokens : [...defaults];
  const includes = effective.filter((t) => !t.startsWith('-'));
  const excludes = new Set(effective.filter((t) => t.startsWith('-')).map((t) => t.slice(1)));
  const fields = new Set<IssueField>();
  const custom = new Set<string>();
  const known = new Set(customIds);
  const start = includes.length === 0 ? ['*navigable'] : includes;
  for (const token of start) {
    if (token === '*all' || token === '*navigable') {
      ISSUE_FIELDS.forEach((f) => fields.add(f));
      customIds.forEach((f) => custom.add(f));
    } else if (KNOWN.has(token)) fields.add(token as IssueField);
    else if (known.has(token)) custom.add(token);
  }
  for (const f of excludes) {
    fields.delete(f as IssueField);
    custom.delete(f);
  }
  const withKey = fields.size > 0 || custom.size > 0 || start.some((t) => t !== 'id');
  return { fields, custom, withKey };
}

/** True when only `id`/`key` are asked for: Jira then serves up to 5,000 issues a page. */
export function isIdOrKeyOnly(values: readonly string[]): boolean {
  const tokens = splitList(values);
  return tokens.length === 0 || tokens.every((t) => t === 'id' || t === 'key');
}
