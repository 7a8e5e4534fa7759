import { createHash } from 'node:crypto';

/**
 * `nextPageToken` is opaque to clients: here it is base64url JSON of the offset and a hash of
 * the query, so a token only continues the query that produced it.
 */
function queryHash(jql: string): string {
  return createHash('sha256').update(jql.trim()).digest('base64url').slice(0, 16);
}

export function encodePageToken(jql: string, offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset, q: queryHash(jql) })).toString('base64url');
}

/** The offset a token stands for, or undefined when it is malformed or from another query. */
export function decodePageToken(token: string, jql: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { o, q } = parsed as { o?: unknown; q?: unknown };
    if (typeof o !== 'number' || !Number.isInteger(o) || o < 0 || q !== queryHash(jql)) return undefined;
    return o;
  } catch {
    return undefined;
  }
}
