import Lozenge from '@atlaskit/lozenge';
import type { Layer } from '../../../src/contract';
import { LAYER_LABELS } from '../labels';

/** Who in the customer organisation holds a priority; executives stand out. */
export function LayerLozenge({ layer }: { layer: Layer }) {
  return <Lozenge appearance={layer === 'executive' ? 'moved' : 'default'}>{LAYER_LABELS[layer]}</Lozenge>;
}
