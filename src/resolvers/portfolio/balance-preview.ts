import type { BalancePreview } from '../../contract';
import { balanceVerdict } from '../../domain';
import type { ReadModel } from './read-model-view';

/**
 * How many products a balance target would put below, on and above it, by balance's own rule
 * (`balanceVerdict`, with its tolerance), over every product with open epics: what the settings
 * page shows beside the target before it is saved, so a target that flags every product shows so.
 */
export function balancePreview(model: ReadModel, target: number): BalancePreview {
  const preview: BalancePreview = { target, products: 0, below: 0, onTarget: 0, above: 0 };
  for (const p of model.products) {
    const openEpics = Math.max(p.openEpics ?? 0, p.growth);
    if (openEpics === 0) continue;
    preview.products += 1;
    const verdict = balanceVerdict(p.growth / openEpics, target);
    if (verdict === 'below') preview.below += 1;
    else if (verdict === 'above') preview.above += 1;
    else preview.onTarget += 1;
  }
  return preview;
}
