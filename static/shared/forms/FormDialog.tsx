import Button from '@atlaskit/button/new';
import Form from '@atlaskit/form';
import ModalDialog, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import { useEffect, useRef, type ReactNode } from 'react';
import type { ResolverError } from '../client/ResolverError';
import { FormError } from './FormError';

export interface FormDialogProps<Values extends Record<string, unknown>> {
  title: string;
  submitLabel?: string;
  /** Called with the form's values; the dialog stays open until the caller closes it. */
  onSubmit: (values: Values) => Promise<void>;
  onClose: () => void;
  error: ResolverError | null;
  /** Whether a field of this form shows the backend's message for `path`. */
  placed: (path: string) => boolean;
  onReload?: () => void;
  width?: 'small' | 'medium' | 'large' | 'x-large';
  children: ReactNode;
}

/** An Atlaskit modal holding an Atlaskit form, with the save error summary above the fields. */
export function FormDialog<Values extends Record<string, unknown>>(props: FormDialogProps<Values>) {
  const { title, submitLabel = 'Save', onSubmit, onClose, error, placed, onReload, width = 'medium' } = props;
  const body = useRef<HTMLDivElement>(null);
  // After a refused save, take the person to the problem: the first invalid field, else the summary.
  useEffect(() => {
    if (!error || !body.current) return;
    const invalid = body.current.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else body.current.querySelector('[role="alert"]')?.scrollIntoView({ block: 'nearest' });
  }, [error]);
  return (
    <ModalTransition>
      <ModalDialog onClose={onClose} width={width} shouldScrollInViewport>
        <Form<Values> onSubmit={onSubmit} noValidate>
          {({ formProps, submitting }) => (
            <form {...formProps} aria-label={title}>
              <ModalHeader>
                <ModalTitle>{title}</ModalTitle>
              </ModalHeader>
              <ModalBody>
                <div ref={body}>
                  <FormError error={error} placed={placed} onReload={onReload} />
                  {props.children}
                </div>
              </ModalBody>
              <ModalFooter>
                <Button appearance="subtle" onClick={onClose}>
                  Cancel
                </Button>
                <Button appearance="primary" type="submit" isLoading={submitting}>
                  {submitLabel}
                </Button>
              </ModalFooter>
            </form>
          )}
        </Form>
      </ModalDialog>
    </ModalTransition>
  );
}
