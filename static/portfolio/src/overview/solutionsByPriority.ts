import type { SolutionBrief } from '../../../../src/contract';

/**
 * The live solutions addressing each priority, in ranking order (the summary lists solutions ranked
 * first), built once per summary: the overview names a priority's solutions without a call.
 */
export function solutionsByPriority(solutions: readonly SolutionBrief[]): Map<string, SolutionBrief[]> {
  const byPriority = new Map<string, SolutionBrief[]>();
  for (const solution of solutions) {
    if (solution.status === 'dropped') continue;
    for (const priorityId of solution.priorityIds) {
      const list = byPriority.get(priorityId);
      if (list) list.push(solution);
      else byPriority.set(priorityId, [solution]);
    }
  }
  return byPriority;
}
