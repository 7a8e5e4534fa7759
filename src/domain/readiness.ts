import type { Contribution, EpicSnapshot, Readiness } from '../contract';
import { compareText } from './order';
import { groupBy } from './rules';
import type { IsVisible } from './types';

/**
 * Readiness: how much of a solution is built, product by product.
 *
 * Rules:
 * - An epic counts its child issues: `done` of `total`.
 * - An epic with no children counts as one unit of work: 1 of 1 when its own status category is
 *   done, else 0 of 1. Otherwise a freshly created epic would count for nothing and an empty
 *   product would look fully ready (or divide by zero).
 * - A product's readiness for a solution pools the units of all its contributed epics
 *   (sum done / sum total), so a 40-issue epic weighs more than a 2-issue one.
 * - A solution is only as ready as its least-ready product (`weakest`); `average` is the plain
 *   mean of the products' readiness, each product counting once.
 */

export interface EpicProgress {
  done: number;
  total: number;
}

export interface ProductReadiness {
  projectId: string;
  projectKey: string;
  /** 0..1 */
  readiness: number;
}

export function epicProgress(snapshot: EpicSnapshot): EpicProgress {
  const { total, done } = snapshot.children;
  if (total <= 0) return { done: snapshot.statusCategory === 'done' ? 1 : 0, total: 1 };
  // A snapshot taken mid-change can report more done than total; never show more than 100 %.
  return { done: Math.min(Math.max(done, 0), total), total };
}

/** Pooled child-issue progress of the given epics (one product's part in one solution); 0 for none. */
export function productReadiness(contributions: readonly Contribution[]): number {
  let done = 0;
  let total = 0;
  for (const c of contributions) {
    const p = epicProgress(c.snapshot);
    done += p.done;
    total += p.total;
  }
  return total === 0 ? 0 : done / total;
}

/**
 * Each contributing product's readiness for ONE solution (pass only that solution's contributions),
 * least ready first; equal readiness sorts by project key so the weakest is always the same one.
 */
export function readinessByProduct(contributions: readonly Contribution[]): ProductReadiness[] {
  return [...groupBy(contributions, (c) => c.projectId).values()]
    .map((group) => ({
      projectId: group[0].projectId,
      projectKey: group[0].projectKey,
      readiness: productReadiness(group),
    }))
    .sort((a, b) => a.readiness - b.readiness || compareText(a.projectKey, b.projectKey));
}

/**
 * A solution's readiness from ALL its contributions (pass only that solution's contributions).
 * The numbers include epics the viewer cannot browse (progress is not secret), but with `isVisible`
 * the weakest product's key is withheld (null) when the viewer can see none of its epics there.
 * All null when nothing contributes yet.
 */
export function solutionReadiness(contributions: readonly Contribution[], isVisible?: IsVisible): Readiness {
  const products = readinessByProduct(contributions);
  if (products.length === 0) return { weakest: null, weakestProjectKey: null, average: null };
  const weakest = products[0];
  const keyShown = !isVisible || contributions.some((c) => c.projectId === weakest.projectId && isVisible(c));
  const average = products.reduce((sum, p) => sum + p.readiness, 0) / products.length;
  return {
    weakest: weakest.readiness,
    weakestProjectKey: keyShown ? weakest.projectKey : null,
    average,
  };
}

/** A product's readiness for a solution from its stored cell (pooled units); 0 for none. */
export function cellReadiness(cell: Pick<EpicProgress, 'done' | 'total'>): number {
  return cell.total === 0 ? 0 : cell.done / cell.total;
}

/**
 * The same readiness as `solutionReadiness`, from the read model's cells instead of every
 * contribution. `weakestProjectId` lets the caller withhold the key from who may not see it.
 */
export function readinessOfCells(
  cells: readonly { projectId: string; projectKey: string; done: number; total: number }[],
): Readiness & { weakestProjectId: string | null } {
  if (cells.length === 0)
    return { weakest: null, weakestProjectKey: null, weakestProjectId: null, average: null };
  const ranked = cells
    .map((c) => ({ c, readiness: cellReadiness(c) }))
    .sort((a, b) => a.readiness - b.readiness || compareText(a.c.projectKey, b.c.projectKey));
  const average = ranked.reduce((sum, r) => sum + r.readiness, 0) / ranked.length;
  const weakest = ranked[0];
  return {
    weakest: weakest.readiness,
    weakestProjectKey: weakest.c.projectKey,
    weakestProjectId: weakest.c.projectId,
    average,
  };
}
