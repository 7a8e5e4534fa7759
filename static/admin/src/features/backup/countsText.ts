import { plural } from '../../../../shared';
import type { BackupCounts } from '../../../../../src/contract';

const NOUNS: [keyof BackupCounts, string, string][] = [
  ['markets', 'market', 'markets'],
  ['priorities', 'business priority', 'business priorities'],
  ['solutions', 'solution', 'solutions'],
  ['contributions', 'contribution', 'contributions'],
  ['products', 'product', 'products'],
];

/** "2 markets, 3 business priorities, …" */
export function countsText(counts: BackupCounts): string {
  return NOUNS.map(([key, one, many]) => plural(counts[key], one, many)).join(', ');
}
