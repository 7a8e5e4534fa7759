import type { Backup } from '../contract';
import { fail } from '../contract';

/**
 * What the schema cannot see: duplicate ids and references to records the backup lacks. All
 * problems are found before anything is written, so a bad file changes nothing.
 */
export function assertConsistent(b: Backup): void {
  const fields: Record<string, string> = {};
  const problem = (path: string, message: string) => (fields[path] ??= message);

  const ids = (list: readonly { id: string }[], name: string) => {
    const seen = new Set<string>();
    list.forEach((r, i) =>
      seen.has(r.id) ? problem(`${name}.${i}.id`, `The id ${r.id} appears twice`) : seen.add(r.id),
    );
    return seen;
  };
  const markets = ids(b.markets, 'markets');
  const priorities = ids(b.priorities, 'priorities');
  const solutions = ids(b.solutions, 'solutions');
  ids(b.contributions, 'contributions');
  ids(
    b.products.map((p) => ({ id: p.projectId })),
    'products',
  );

  b.priorities.forEach((p, i) => {
    if (!markets.has(p.marketId))
      problem(`priorities.${i}.marketId`, `Market ${p.marketId} is not in the backup`);
  });
  b.solutions.forEach((s, i) => {
    const missing = s.priorityIds.filter((id) => !priorities.has(id));
    if (missing.length)
      problem(`solutions.${i}.priorityIds`, `Priorities not in the backup: ${missing.join(', ')}`);
  });
  const links = new Set<string>();
  b.contributions.forEach((c, i) => {
    if (!solutions.has(c.solutionId))
      problem(`contributions.${i}.solutionId`, `Solution ${c.solutionId} is not in the backup`);
    const pair = `${c.solutionId}|${c.epicId}`;
    if (links.has(pair))
      problem(`contributions.${i}.epicId`, `Epic ${c.epicKey} is linked to the same solution twice`);
    links.add(pair);
  });

  const paths = Object.keys(fields);
  if (paths.length > 0) {
    fail(
      'VALIDATION',
      `The backup is inconsistent (${paths.length} problem${paths.length === 1 ? '' : 's'}); nothing was imported.`,
      {
        fields,
      },
    );
  }
}
