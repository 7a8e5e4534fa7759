import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { Layer, SolutionStatus, StatusCategory } from '../../src/contract';

// Keyed by the contract's union types, so a value added to the contract fails `tsc` here until it
// has a label. (Importing the contract's value arrays instead would pull zod into every bundle.)

export const LAYER_LABELS: Record<Layer, string> = {
  executive: 'Executive',
  'senior-manager': 'Senior manager',
  user: 'User',
};

/** The layers from the top of a customer organisation down, as forms list them. */
export const LAYERS_TOP_DOWN = Object.keys(LAYER_LABELS) as Layer[];

export const SOLUTION_STATUS_LABELS: Record<SolutionStatus, string> = {
  proposed: 'Proposed',
  committed: 'Committed',
  'in-delivery': 'In delivery',
  delivered: 'Delivered',
  dropped: 'Dropped',
};

export const SOLUTION_STATUS_APPEARANCE: Record<SolutionStatus, ThemeAppearance> = {
  proposed: 'new',
  committed: 'moved',
  'in-delivery': 'inprogress',
  delivered: 'success',
  dropped: 'removed',
};

/** Jira's own colours for status categories: grey to do, blue in progress, green done. */
export const STATUS_CATEGORY_APPEARANCE: Record<StatusCategory, ThemeAppearance> = {
  new: 'default',
  indeterminate: 'inprogress',
  done: 'success',
};

/**
 * Balance verdicts, worded and coloured the same on every surface (portfolio, project page,
 * settings): under the target is a call for attention (yellow), not a failure (red); over it is
 * fine (green), as on it.
 */
export const BALANCE_VERDICTS: Record<
  'below' | 'on-target' | 'above' | 'no-open-epics',
  { label: string; appearance: 'moved' | 'success' | 'default' }
> = {
  below: { label: 'Below target', appearance: 'moved' },
  'on-target': { label: 'On target', appearance: 'success' },
  above: { label: 'Above target', appearance: 'success' },
  'no-open-epics': { label: 'No open epics', appearance: 'default' },
};
