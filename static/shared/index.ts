/** The shared Custom UI kit: typed client, hooks, theme bootstrap and common components. */
export { invoke } from './client/invoke';
export { ResolverError, toResolverError } from './client/ResolverError';
export { useResolver, type ResolverState } from './client/useResolver';
export { useMutation, type MutationState } from './client/useMutation';
export { mountSurface } from './app/mountSurface';
export { LoadingState } from './components/LoadingState';
export { ErrorState } from './components/ErrorState';
export { EmptyState } from './components/EmptyState';
export { IssueLink } from './components/IssueLink';
export { HiddenCount } from './components/HiddenCount';
export { ReadinessBar } from './components/ReadinessBar';
export { ConfirmDelete, type ConfirmDeleteProps } from './components/ConfirmDelete';
export { DependentsList } from './components/DependentsList';
export { ToastProvider, useToast, type ToastAppearance } from './components/Toast';
export { Card } from './components/Card';
export { PlainList, PlainListItem } from './components/PlainList';
export { SectionHeading } from './components/SectionHeading';
export { fieldError, fieldErrorUnder, unplacedFieldErrors } from './forms/fieldErrors';
export { FieldMessage, describedBy } from './forms/FieldMessage';
export { FieldBlock, type FieldIds } from './forms/FieldBlock';
export { FormError } from './forms/FormError';
export { percent, humanize, plural } from './format';
export { LAYER_LABELS, LAYERS_TOP_DOWN, SOLUTION_STATUS_LABELS } from './labels';
export { FormDialog, type FormDialogProps } from './forms/FormDialog';
export { TextInputField, type TextInputFieldProps } from './forms/TextInputField';
export { SelectInputField, type SelectInputFieldProps, type Choice } from './forms/SelectInputField';
export {
  MultiSelectInputField,
  type MultiSelectInputFieldProps,
  type ChoiceGroup,
} from './forms/MultiSelectInputField';
export { LayerLozenge } from './solutions/LayerLozenge';
export { SolutionStatusLozenge } from './solutions/SolutionStatusLozenge';
export { SolutionTitle } from './solutions/SolutionTitle';
export { PrioritiesBehind } from './solutions/PrioritiesBehind';
export { EpicStatusLozenge } from './epics/EpicStatusLozenge';
export { ChildProgress } from './epics/ChildProgress';
export { ContributionItem } from './epics/ContributionItem';
export { LinkSolutionFields, type LinkableSolution } from './link/LinkSolutionFields';
export { ContributionNoteField } from './link/ContributionNoteField';
export { useLinkEpic, type LinkEpicForm, type LinkRequest } from './link/useLinkEpic';
