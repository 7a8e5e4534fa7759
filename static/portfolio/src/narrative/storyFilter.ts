import type { Layer, NarrativeMarket, Solution } from '../../../../src/contract';

type Horizon = Solution['horizon'];

/** The narrative's filters, as the page URL carries them (`?layer=…&horizon=…`). */
export interface StoryFilter {
  layer: Layer | null;
  horizon: Horizon | null;
  /** A solution's horizon, from the summary (the story itself does not carry it). */
  horizonOf: (solutionId: string) => Horizon | undefined;
}

/**
 * One market's story narrowed to a customer layer (its priorities) and a horizon (the solutions
 * told under them). A priority whose solutions are all at other horizons is left out, since "we do
 * not answer this yet" would be false; one no solution answers stays, as it is a gap at any horizon.
 */
export function filterStory(story: NarrativeMarket, filter: StoryFilter): NarrativeMarket {
  const { layer, horizon, horizonOf } = filter;
  const priorities = story.priorities.filter((p) => !layer || p.layer === layer);
  if (!horizon) return { ...story, priorities };
  return {
    ...story,
    priorities: priorities.flatMap((p) => {
      if (p.solutions.length === 0) return [p];
      const solutions = p.solutions.filter((s) => horizonOf(s.solutionId) === horizon);
      return solutions.length ? [{ ...p, solutions }] : [];
    }),
  };
}
