import { JqlError } from './errors';

const ABSOLUTE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/;
const PERIOD = /^([+-]?)\s*((?:\d+\s*[wdhm]\s*)+)$/i;
const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000 };

function invalid(value: string, field: string): JqlError {
  return new JqlError(
    `Date value '${value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
  );
}

/**
 * A JQL date operand as an instant (ms since epoch). Absolute dates are read in UTC (the
 * emulated site's time zone); periods such as `-5d` or `4w 2d` are relative to now.
 */
export function parseJqlDate(value: string, field: string, now: Date): number {
  const absolute = ABSOLUTE.exec(value.trim());
  if (absolute) {
    const [, y, mo, d, h = '0', mi = '0'] = absolute;
    const instant = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
    const check = new Date(instant);
    if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1)
      throw invalid(value, field);
    return instant;
  }
  const period = PERIOD.exec(value.trim());
  if (!period) throw invalid(value, field);
  const [, sign, parts] = period;
  let total = 0;
  for (const [, amount, unit] of parts.matchAll(/(\d+)\s*([wdhm])/gi))
    total += Number(amount) * UNIT_MS[unit.toLowerCase()];
  return now.getTime() + (sign === '-' ? -total : total);
}

/** `yyyy-mm-dd` of an instant, in UTC. */
export function dayOf(instant: number): string {
  return new Date(instant).toISOString().slice(0, 10);
}
