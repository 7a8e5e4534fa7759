import Textfield from '@atlaskit/textfield';
import { Box, Text, xcss } from '@atlaskit/primitives';
import { FieldBlock } from '../../../../shared';

const narrow = xcss({ maxWidth: '160px' });
const suffix = xcss({ paddingInlineEnd: 'space.100' });

export function BalanceTargetField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <FieldBlock
      label="Balance target"
      helper="Share of each product's open epics that should serve a solution (growth rather than incremental work)."
      error={error}
    >
      {({ inputId, describedBy, isInvalid }) => (
        <Box xcss={narrow}>
          <Textfield
            id={inputId}
            aria-describedby={describedBy || undefined}
            isInvalid={isInvalid}
            inputMode="decimal"
            value={value}
            onChange={(e) => onChange(e.currentTarget.value)}
            elemAfterInput={
              <Box xcss={suffix} aria-hidden>
                <Text color="color.text.subtle">%</Text>
              </Box>
            }
          />
        </Box>
      )}
    </FieldBlock>
  );
}
