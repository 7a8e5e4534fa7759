/**
 * Building JQL from values we do not control (project ids, issue type names, a person's search
 * text). Every value goes through `jqlString`, so nothing a user types can change the query.
 */

/** A JQL string literal: double quotes, with `"` and `\` escaped (Jira's JQL reference, "Restricted characters"). */
export function jqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `("a", "b")` for `in` clauses. */
export function jqlList(values: readonly string[]): string {
  return `(${values.map(jqlString).join(', ')})`;
}

/**
 * Free text for `summary ~`: Jira passes the string to its full-text engine, where + - & | ! ( )
 * { } [ ] ^ ~ * ? \ : and quotes are operators. A person searching "Billing (EU)" means the
 * words, so those characters become spaces; an empty result means "no text filter".
 */
export function textSearchTerms(text: string): string {
  return text
    .replace(/[+\-&|!(){}[\]^~*?\\:"'/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits `items` into runs of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Distinct values, first occurrence order. */
export function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
