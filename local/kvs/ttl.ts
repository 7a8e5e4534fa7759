/** `options.ttl` of set requests: `{ value, unit }`, turned into an absolute expiry time. */
import { invalidBody } from './errors';
import type { JsonRecord } from './request';
import { asRecord } from './request';

const UNIT_MS: Record<string, number> = {
  SECONDS: 1000,
  MINUTES: 60_000,
  HOURS: 3_600_000,
  DAYS: 86_400_000,
};

export function expireAtFrom(options: JsonRecord | undefined, now: number): number | null {
  if (options?.ttl === undefined) return null;
  const ttl = asRecord(options.ttl, 'ttl');
  const unitMs = typeof ttl.unit === 'string' ? UNIT_MS[ttl.unit] : undefined;
  if (!unitMs) throw invalidBody('ttl.unit must be one of SECONDS, MINUTES, HOURS, DAYS.');
  if (typeof ttl.value !== 'number' || !Number.isInteger(ttl.value) || ttl.value < 1) {
    throw invalidBody('ttl.value must be a positive integer.');
  }
  return now + ttl.value * unitMs;
}
