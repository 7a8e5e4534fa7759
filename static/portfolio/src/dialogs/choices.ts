import {
  HORIZONS,
  LAYERS,
  MARKET_STATUSES,
  PRIORITY_STATUSES,
  SOLUTION_STATUSES,
  type Market,
  type Priority,
} from '../../../../src/contract';
import { humanize, LAYER_LABELS, type Choice, type ChoiceGroup } from '../../../shared';

function fromValues<V extends string>(values: readonly V[]): Choice<V>[] {
  return values.map((value) => ({ value, label: humanize(value) }));
}

export const marketStatusChoices = fromValues(MARKET_STATUSES);
export const priorityStatusChoices = fromValues(PRIORITY_STATUSES);
export const solutionStatusChoices = fromValues(SOLUTION_STATUSES);
export const horizonChoices = fromValues(HORIZONS);
export const layerChoices: Choice<Priority['layer']>[] = LAYERS.map((value) => ({
  value,
  label: LAYER_LABELS[value],
}));
export const oneToFiveChoices: Choice<number>[] = [1, 2, 3, 4, 5].map((value) => ({
  value,
  label: value === 1 ? '1 (lowest)' : value === 5 ? '5 (highest)' : String(value),
}));

export function marketChoices(markets: Market[]): Choice[] {
  return markets.map((market) => ({ value: market.id, label: market.name }));
}

/** Priorities to choose from, grouped under their market so same-named priorities stay apart. */
export function priorityGroups(markets: Market[], priorities: Priority[]): ChoiceGroup[] {
  return markets
    .map((market) => ({
      label: market.name,
      options: priorities
        .filter((priority) => priority.marketId === market.id)
        .map((priority) => ({ value: priority.id, label: priority.title })),
    }))
    .filter((group) => group.options.length > 0);
}
