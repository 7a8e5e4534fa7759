import { Box, xcss } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';

const track = xcss({
  position: 'relative',
  height: '12px',
  backgroundColor: 'color.background.neutral',
  borderRadius: 'radius.small',
});

/**
 * A share as a bar, with the strategy's share as a marker line when given; decorative: the
 * numbers are in the text beside it.
 */
export function ShareBar({
  share,
  marker,
  tone,
}: {
  share: number;
  marker?: number;
  tone: 'over' | 'under' | 'even';
}) {
  const fill =
    tone === 'under'
      ? token('color.background.warning.bold')
      : tone === 'over'
        ? token('color.background.information.bold')
        : token('color.background.success.bold');
  return (
    <Box xcss={track} aria-hidden="true">
      <div
        style={{
          width: `${Math.min(share, 1) * 100}%`,
          height: '100%',
          background: fill,
          borderRadius: token('radius.small'),
        }}
      />
      {marker !== undefined && (
        <div
          style={{
            position: 'absolute',
            insetBlock: '-4px',
            insetInlineStart: `calc(${Math.min(marker, 1) * 100}% - 1px)`,
            width: '2px',
            background: token('color.border.bold'),
          }}
        />
      )}
    </Box>
  );
}
