import { useState } from 'react';
import type { ResolverError } from '../client/ResolverError';
import { useMutation } from '../client/useMutation';
import { useFlag } from '../feedback/useFlag';
import { fieldError } from '../forms/fieldErrors';

/** One `contribution.link` request as a form fills it in; one side is usually fixed by the page. */
export interface LinkRequest {
  solutionId: string | null;
  /** The epic's key. */
  issue: string | null;
  note: string;
}

export interface LinkEpicForm {
  request: LinkRequest;
  change: (changes: Partial<LinkRequest>) => void;
  /** Messages for the fields: a solution not chosen yet, or the backend's refusal. */
  errors: { solutionId?: string; issue?: string; note?: string };
  /** The last refused link, for the form's summary (FormError). */
  error: ResolverError | null;
  pending: boolean;
  submit: () => Promise<void>;
}

/**
 * The submit logic every "link an epic to a solution" form shares (portfolio dialog, project
 * modal, epic panel): validate, link, confirm in a flag ("PLAT-12 now contributes to …"), then
 * hand over to the page (`onLinked`: close, reload). `solutionLabel` names the solution in the flag.
 */
export function useLinkEpic({
  initial,
  solutionLabel,
  onLinked,
}: {
  initial: LinkRequest;
  solutionLabel: (solutionId: string) => string;
  onLinked: () => void;
}): LinkEpicForm {
  const [request, setRequest] = useState(initial);
  const [missing, setMissing] = useState(false);
  const link = useMutation('contribution.link');
  const flag = useFlag();

  const submit = async () => {
    const { solutionId, issue, note } = request;
    if (!solutionId || !issue) return setMissing(true);
    const linked = await link.run({ solutionId, issue, note });
    if (!linked) return;
    flag(`${linked.epicKey} now contributes to ${solutionLabel(solutionId)}`);
    setRequest(initial);
    setMissing(false);
    onLinked();
  };

  return {
    request,
    change: (changes) => setRequest((current) => ({ ...current, ...changes })),
    errors: {
      solutionId: missing && !request.solutionId ? 'Choose a solution' : fieldError(link.error, 'solutionId'),
      issue: fieldError(link.error, 'issue'),
      note: fieldError(link.error, 'note'),
    },
    error: link.error,
    pending: link.pending,
    submit,
  };
}
