import { Inline } from '@atlaskit/primitives';
import type { MarketSummary } from '../../../../src/contract';
import { LAYER_LABELS } from '../../../shared';
import { FilterSelect } from '../route/FilterSelect';
import { HORIZON_LABELS } from '../roadmap/horizons';

const layers = Object.entries(LAYER_LABELS).map(([value, label]) => ({ value, label }));
const horizons = Object.entries(HORIZON_LABELS).map(([value, label]) => ({ value, label }));

/** Which markets, customer layer and horizon the story tells; each kept in the URL. */
export function NarrativeFilters({ markets }: { markets: MarketSummary[] }) {
  const options = markets.map((m) => ({ value: m.id, label: m.name }));
  return (
    <Inline space="space.150" shouldWrap alignBlock="end">
      <FilterSelect param="market" label="Market" options={options} allLabel="Every market" />
      <FilterSelect param="layer" label="Customer layer" options={layers} allLabel="Every layer" />
      <FilterSelect param="horizon" label="Horizon" options={horizons} allLabel="Any horizon" />
    </Inline>
  );
}
