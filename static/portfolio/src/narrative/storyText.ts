import type { Layer, NarrativePriority, NarrativeSolution } from '../../../../src/contract';
import { percent, plural } from '../../../shared/format';

/**
 * The words of the value narrative, one place for the page and its Markdown export, so what a
 * board deck says is what the page says: customers' layers and products by name, never a project
 * or issue key (issue 10).
 */

const WHO: Record<Layer, string> = {
  executive: 'Their executives need to',
  'senior-manager': 'Their senior managers need to',
  user: 'Their people need to',
};

/** "Their executives need to close the books in 3 days". */
export function priorityLine(priority: Pick<NarrativePriority, 'layer' | 'title'>): string {
  const { title } = priority;
  return `${WHO[priority.layer]} ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
}

/** ["A", "B", "C"] → "A, B and C". */
function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Who delivers a solution, by product name; epics the viewer may not browse only counted. */
export function deliveredBy(solution: Pick<NarrativeSolution, 'products' | 'hiddenEpics'>): string {
  const { products, hiddenEpics } = solution;
  const hidden = hiddenEpics > 0 ? `${plural(hiddenEpics, 'epic')} in products you cannot view` : '';
  if (products.length === 0) return hidden ? `Delivered through ${hidden}.` : 'No product delivers it yet.';
  const by = products.length === 1 ? 'Delivered by' : 'Delivered together by';
  return `${by} ${joinNames(products)}${hidden ? `, and ${hidden}` : ''}.`;
}

/** How ready a solution is: as ready as its least-ready product, named where the viewer may see it. */
export function readinessLine(solution: Pick<NarrativeSolution, 'readiness' | 'weakestProduct'>): string {
  const { weakest, average } = solution.readiness;
  if (weakest === null) return 'No epics linked yet.';
  const who = solution.weakestProduct ? `, held back most by ${solution.weakestProduct}` : '';
  return `${percent(weakest)} ready${who} (${percent(average)} on average).`;
}

/** What a priority nobody answers yet says. */
export const UNANSWERED = 'We do not answer this yet.';
