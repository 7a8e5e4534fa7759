import { Modal } from '@forge/bridge';
import type { LinkableSolution } from '../../../../shared';

/** What the panel hands the "Link to a solution" modal (the bridge passes it as `extension.modal`). */
export interface LinkModalContext {
  kind: 'link-solution';
  epicKey: string;
  solutions: LinkableSolution[];
}

export function isLinkModal(value: unknown): value is LinkModalContext {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'link-solution' &&
    typeof (value as { epicKey?: unknown }).epicKey === 'string' &&
    Array.isArray((value as { solutions?: unknown }).solutions)
  );
}

/** What the modal's `view.close(payload)` answers: whether an epic was linked. */
export interface LinkModalResult {
  linked: boolean;
}

/**
 * Opens the link form in Jira's own modal, over the whole issue view: an issue panel is narrow and
 * a form (or a menu) opened inside it was cramped and clipped. The same resource draws it, told
 * by its context what to show; `onLinked` runs when the modal closes after a link.
 */
export function openLinkModal(context: Omit<LinkModalContext, 'kind'>, onLinked: () => void): Promise<void> {
  return new Modal({
    size: 'medium',
    context: { kind: 'link-solution', ...context } satisfies LinkModalContext,
    onClose: (result?: LinkModalResult) => {
      if (result?.linked) onLinked();
    },
  }).open();
}
