import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { SolutionStatus, StatusCategory } from '../../../../src/contract';

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
