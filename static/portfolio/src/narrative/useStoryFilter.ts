import type { Layer, MarketSummary, Solution } from '../../../../src/contract';
import { LAYER_LABELS } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';
import { HORIZON_LABELS } from '../roadmap/horizons';
import { useRouteParam } from '../route/RouteContext';
import type { StoryFilter } from './storyFilter';

const isLayer = (value: string | null): value is Layer => !!value && value in LAYER_LABELS;
const isHorizon = (value: string | null): value is Solution['horizon'] => !!value && value in HORIZON_LABELS;

export interface StoryScope {
  /** The markets told: the one a link names, else every market with a priority. */
  markets: MarketSummary[];
  filter: StoryFilter;
  /** What the story covers, in words: the export's subtitle. */
  subtitle: string;
}

/**
 * The narrative's filters from the URL (`?market=…&layer=…&horizon=…`). A value no option has
 * (an old link) is no filter, as FilterSelect shows it.
 */
export function useStoryFilter(withStory: MarketSummary[]): StoryScope {
  const { index } = usePortfolio();
  const [market] = useRouteParam('market');
  const [layerParam] = useRouteParam('layer');
  const [horizonParam] = useRouteParam('horizon');
  const chosen = withStory.filter((m) => m.id === market);
  const markets = chosen.length ? chosen : withStory;
  const layer = isLayer(layerParam) ? layerParam : null;
  const horizon = isHorizon(horizonParam) ? horizonParam : null;
  const words = [
    chosen.length ? chosen[0].name : 'Every market',
    layer ? `${LAYER_LABELS[layer]} priorities` : null,
    horizon ? `Solutions for ${HORIZON_LABELS[horizon].toLowerCase()}` : null,
  ];
  return {
    markets,
    filter: { layer, horizon, horizonOf: (id) => index.solution.get(id)?.horizon },
    subtitle: words.filter(Boolean).join(' · '),
  };
}
