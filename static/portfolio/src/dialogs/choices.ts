import type { Market, Priority, Solution } from '../../../../src/contract';
import { LAYER_LABELS, SOLUTION_STATUS_LABELS, type Choice, type ChoiceGroup } from '../../../shared';

// Labels keyed by the contract's own union types: a value added to the contract fails `tsc` here
// until it has a label. (Importing the contract's value arrays would pull zod into the bundle.)
const MARKET_STATUS: Record<Market['status'], string> = {
  target: 'Target',
  explore: 'Explore',
  sustain: 'Sustain',
  exit: 'Exit',
};
const PRIORITY_STATUS: Record<Priority['status'], string> = {
  hypothesis: 'Hypothesis',
  validated: 'Validated',
  retired: 'Retired',
};
const HORIZON: Record<Solution['horizon'], string> = { now: 'Now', next: 'Next', later: 'Later' };

function fromLabels<V extends string>(labels: Record<V, string>): Choice<V>[] {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));
}

export const marketStatusChoices = fromLabels(MARKET_STATUS);
export const priorityStatusChoices = fromLabels(PRIORITY_STATUS);
export const solutionStatusChoices = fromLabels(SOLUTION_STATUS_LABELS);
export const horizonChoices = fromLabels(HORIZON);
export const layerChoices = fromLabels<Priority['layer']>(LAYER_LABELS);
export const oneToFiveChoices: Choice<number>[] = [1, 2, 3, 4, 5].map((value) => ({
  value,
  label: value === 1 ? '1 (lowest)' : value === 5 ? '5 (highest)' : String(value),
}));

export function marketChoices(markets: Market[]): Choice[] {
  return markets.map((market) => ({ value: market.id, label: market.name }));
}

/** Priorities to choose from, grouped under their market so same-named priorities stay apart. */
export function priorityGroups(
  markets: Market[],
  priorities: Pick<Priority, 'id' | 'marketId' | 'title'>[],
): ChoiceGroup[] {
  return markets
    .map((market) => ({
      label: market.name,
      options: priorities
        .filter((priority) => priority.marketId === market.id)
        .map((priority) => ({ value: priority.id, label: priority.title })),
    }))
    .filter((group) => group.options.length > 0);
}
