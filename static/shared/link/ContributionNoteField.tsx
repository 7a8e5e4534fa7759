import Textfield from '@atlaskit/textfield';
import { FieldBlock } from '../forms/FieldBlock';

/** The contract accepts at most this many characters for a contribution note (`contribution.link`). */
const NOTE_MAX_LENGTH = 200;

/** One line on what a product's epic contributes to a solution, as every link form asks for it. */
export function ContributionNoteField({
  label,
  helper,
  value,
  onChange,
  error,
}: {
  label: string;
  helper?: string;
  value: string;
  onChange: (note: string) => void;
  error?: string;
}) {
  return (
    <FieldBlock label={label} helper={helper} error={error}>
      {({ inputId, describedBy, isInvalid }) => (
        <Textfield
          id={inputId}
          aria-describedby={describedBy || undefined}
          isInvalid={isInvalid}
          maxLength={NOTE_MAX_LENGTH}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </FieldBlock>
  );
}
