import { Box, xcss } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { ProductBalance } from '../../../../src/contract';

const track = xcss({
  position: 'relative',
  height: '12px',
  backgroundColor: 'color.background.neutral',
  borderRadius: 'radius.small',
  overflow: 'visible',
});

/** Growth share as a bar with the target as a marker line; the numbers are in the text beside it. */
export function BalanceBar({ balance }: { balance: ProductBalance }) {
  const share = balance.share ?? 0;
  const fill =
    balance.verdict === 'below'
      ? token('color.background.warning.bold')
      : token('color.background.success.bold');
  return (
    <Box xcss={track} aria-hidden="true">
      <div
        style={{
          width: `${share * 100}%`,
          height: '100%',
          background: fill,
          borderRadius: token('radius.small'),
        }}
      />
      <div
        title={`Target ${Math.round(balance.target * 100)}%`}
        style={{
          position: 'absolute',
          insetBlock: '-4px',
          insetInlineStart: `calc(${balance.target * 100}% - 1px)`,
          width: '2px',
          background: token('color.border.bold'),
        }}
      />
    </Box>
  );
}
