import { Box, xcss } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { LayerCoverage } from '../../../../src/contract';

const track = xcss({
  height: '8px',
  backgroundColor: 'color.background.neutral',
  borderRadius: 'radius.small',
  overflow: 'hidden',
  width: '100%',
});

/** Addressed priorities as a filled share of the layer's priorities (the words are beside it). */
export function CoverageMeter({ coverage }: { coverage: LayerCoverage }) {
  const share = coverage.priorities ? coverage.addressed / coverage.priorities : 0;
  const fill = share === 1 ? token('color.background.success.bold') : token('color.background.warning.bold');
  return (
    <Box xcss={track} aria-hidden="true">
      <div style={{ width: `${share * 100}%`, height: '100%', background: fill }} />
    </Box>
  );
}
