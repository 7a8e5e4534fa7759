import type { StatusCategory } from '../contract';

/**
 * Estimates (story points) from the site's numeric field the settings name (issue 12). The field is
 * added to the searches a snapshot already makes, so estimates cost no request of their own.
 */

/** The fields to ask for besides `base`: the estimate field when one is chosen. */
export function withEstimate(base: readonly string[], estimateFieldId: string | null): string[] {
  return estimateFieldId ? [...base, estimateFieldId] : [...base];
}

/** A number field's value on an issue: Jira sends a number, or null when the field is empty. */
export function estimateIn(fields: Record<string, unknown>, estimateFieldId: string | null): number | null {
  if (!estimateFieldId) return null;
  const value = fields[estimateFieldId];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The open children's estimates of one epic, summed; null while none of them has one. */
export interface ChildEstimate {
  sum: number | null;
}

/** Adds one child's value, if it is open and estimated (done work is not what is left to invest). */
export function addChildEstimate(entry: ChildEstimate, category: StatusCategory, value: number | null): void {
  if (category === 'done' || value === null) return;
  entry.sum = (entry.sum ?? 0) + value;
}

/**
 * An epic's estimate: its own value when it has one (a team that estimates the epic means that
 * figure), else the sum of its open children's, as Jira Plans rolls children up; null when neither.
 */
export function epicEstimate(own: number | null, children: ChildEstimate | undefined): number | null {
  return own ?? children?.sum ?? null;
}
