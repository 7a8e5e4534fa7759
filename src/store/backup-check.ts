import type { Backup, BackupSection } from '../contract';
import { BACKUP_SECTIONS, fail } from '../contract';

/**
 * What the whole-backup check needs of one record, and nothing more: its key and the ids it
 * refers to (a priority's market, a solution's priorities, a contribution's solution and epic).
 * A staged import keeps these beside each chunk, so its commit checks the backup from about a
 * tenth of its bytes instead of reading every record back.
 */
export type IndexEntry = string[];
export type BackupIndex = Record<BackupSection, readonly IndexEntry[]>;

export function indexEntry(section: BackupSection, record: unknown): IndexEntry {
  switch (section) {
    case 'markets':
      return [(record as Backup['markets'][number]).id];
    case 'priorities': {
      const p = record as Backup['priorities'][number];
      return [p.id, p.marketId];
    }
    case 'solutions': {
      const s = record as Backup['solutions'][number];
      return [s.id, ...s.priorityIds];
    }
    case 'contributions': {
      const c = record as Backup['contributions'][number];
      return [c.id, c.solutionId, c.epicId, c.epicKey];
    }
    case 'products':
      return [(record as Backup['products'][number]).projectId];
  }
}

const indexOf = (b: Backup): BackupIndex =>
  Object.fromEntries(
    BACKUP_SECTIONS.map((section) => [section, b[section].map((r) => indexEntry(section, r))]),
  ) as unknown as BackupIndex;

/** Duplicate ids and references to records the backup lacks, for a backup held whole. */
export const assertConsistent = (b: Backup): void => assertIndexConsistent(indexOf(b));

/**
 * What the schema cannot see: duplicate ids and references to records the backup lacks. All
 * problems are found before anything is written, so a bad file changes nothing.
 */
export function assertIndexConsistent(b: BackupIndex): void {
  const fields: Record<string, string> = {};
  const problem = (path: string, message: string) => (fields[path] ??= message);

  const ids = (list: readonly IndexEntry[], name: string) => {
    const seen = new Set<string>();
    list.forEach(([id], i) =>
      seen.has(id) ? problem(`${name}.${i}.id`, `The id ${id} appears twice`) : seen.add(id),
    );
    return seen;
  };
  const markets = ids(b.markets, 'markets');
  const priorities = ids(b.priorities, 'priorities');
  const solutions = ids(b.solutions, 'solutions');
  ids(b.contributions, 'contributions');
  ids(b.products, 'products');

  b.priorities.forEach(([, marketId], i) => {
    if (!markets.has(marketId))
      problem(`priorities.${i}.marketId`, `Market ${marketId} is not in the backup`);
  });
  b.solutions.forEach(([, ...priorityIds], i) => {
    const missing = priorityIds.filter((id) => !priorities.has(id));
    if (missing.length)
      problem(`solutions.${i}.priorityIds`, `Priorities not in the backup: ${missing.join(', ')}`);
  });
  const links = new Set<string>();
  b.contributions.forEach(([, solutionId, epicId, epicKey], i) => {
    if (!solutions.has(solutionId))
      problem(`contributions.${i}.solutionId`, `Solution ${solutionId} is not in the backup`);
    const pair = `${solutionId}|${epicId}`;
    if (links.has(pair))
      problem(`contributions.${i}.epicId`, `Epic ${epicKey} is linked to the same solution twice`);
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
