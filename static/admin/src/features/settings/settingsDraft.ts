import type { EstimateFieldChoice, Input, Layer, Settings } from '../../../../../src/contract';
import { LAYERS_TOP_DOWN } from '../../../../shared/labels';

/** What the form edits: numbers as typed (strings) so a half-typed "6." is not lost on re-render. */
export interface SettingsDraft {
  balanceTargetPercent: string;
  layerWeights: Record<Layer, string>;
  epicIssueTypes: string[];
  extraEditorAccountIds: string[];
  investmentMeasure: Settings['investmentMeasure'];
  estimateField: EstimateFieldChoice | null;
}

export type SettingsChanges = Input<'settings.update'>['changes'];

export function toDraft(settings: Settings): SettingsDraft {
  return {
    // The contract stores a share (0..1); people think of a target as a percentage.
    balanceTargetPercent: String(Math.round(settings.balanceTarget * 1000) / 10),
    layerWeights: {
      executive: String(settings.layerWeights.executive),
      'senior-manager': String(settings.layerWeights['senior-manager']),
      user: String(settings.layerWeights.user),
    },
    epicIssueTypes: [...settings.epicIssueTypes],
    extraEditorAccountIds: [...settings.extraEditorAccountIds],
    investmentMeasure: settings.investmentMeasure,
    estimateField:
      settings.estimateFieldId === null
        ? null
        : { id: settings.estimateFieldId, name: settings.estimateFieldName ?? settings.estimateFieldId },
  };
}

function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '' || !/^-?\d*\.?\d+$/.test(trimmed)) return null;
  return Number(trimmed);
}

/**
 * Checks what only the browser can know (a number that is not a number) and converts the
 * percentage; range rules stay with the backend's schema so there is one source of truth,
 * except the percentage range, whose backend wording ("between 0 and 1") would confuse here.
 */
export function toChanges(
  draft: SettingsDraft,
): { ok: true; changes: SettingsChanges } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const percent = parseNumber(draft.balanceTargetPercent);
  if (percent === null || percent < 0 || percent > 100) {
    errors.balanceTarget = 'Enter a percentage from 0 to 100';
  }
  const weights = {} as Record<Layer, number>;
  for (const layer of LAYERS_TOP_DOWN) {
    const weight = parseNumber(draft.layerWeights[layer]);
    if (weight === null) errors[`layerWeights.${layer}`] = 'Enter a number, like 2 or 1.5';
    else weights[layer] = weight;
  }
  if (Object.keys(errors).length > 0 || percent === null) return { ok: false, errors };
  return {
    ok: true,
    changes: {
      balanceTarget: Math.round(percent * 10) / 1000,
      layerWeights: weights,
      epicIssueTypes: draft.epicIssueTypes,
      extraEditorAccountIds: draft.extraEditorAccountIds,
      investmentMeasure: draft.investmentMeasure,
      estimateFieldId: draft.estimateField?.id ?? null,
      estimateFieldName: draft.estimateField?.name ?? null,
    },
  };
}
