import Textfield from '@atlaskit/textfield';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { FieldBlock } from '../../../../shared';
import { BalancePreviewText } from './BalancePreviewText';

const narrow = xcss({ maxWidth: '160px' });
const suffix = xcss({ paddingInlineEnd: 'space.100' });

/** The typed percentage as a share (0..1), or null while it is not one. */
function shareOf(value: string): number | null {
  const trimmed = value.trim();
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  const pct = Number(trimmed);
  return pct >= 0 && pct <= 100 ? pct / 100 : null;
}

/**
 * The balance target, explained where it is set (what it compares, the 5-point tolerance, the
 * wording the balance views use), with a live preview of how many products it would put below.
 */
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
      helper="Share of each product's open epics that should serve a solution (growth rather than incremental work). A product more than 5 points under it is shown as Below target, within 5 points as On target, more than 5 points over as Above target."
      error={error}
    >
      {({ inputId, describedBy, isInvalid }) => (
        <Stack space="space.100">
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
          <Box aria-live="polite">
            {shareOf(value) !== null && <BalancePreviewText target={shareOf(value)!} />}
          </Box>
        </Stack>
      )}
    </FieldBlock>
  );
}
