/** Opaque page cursors: the position (range value and key) of the last result returned. */
import { invalidBody } from './errors';
import type { SqlValue } from './types';

export interface CursorPosition {
  range: SqlValue;
  key: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.range, position.key]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: unknown): CursorPosition | undefined {
  if (cursor === undefined || cursor === null) return undefined;
  try {
    if (typeof cursor !== 'string') throw new Error('not a string');
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[1] !== 'string')
      throw new Error('bad shape');
    const range: unknown = parsed[0];
    if (range !== null && typeof range !== 'string' && typeof range !== 'number')
      throw new Error('bad range');
    return { range, key: parsed[1] };
  } catch {
    throw invalidBody('Provided cursor is invalid.');
  }
}
