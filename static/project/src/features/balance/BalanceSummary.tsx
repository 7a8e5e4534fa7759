import Lozenge from '@atlaskit/lozenge';
import ProgressBar from '@atlaskit/progress-bar';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { ProductBalance } from '../../../../../src/contract';
import { BALANCE_VERDICTS, percent, plural, SectionHeading } from '../../../../shared';

const VERDICTS = BALANCE_VERDICTS;

const barWidth = xcss({ maxWidth: '480px' });

/** Growth (epics serving a solution) against incremental work, measured against the portfolio target. */
export function BalanceSummary({ balance }: { balance: ProductBalance | null }) {
  return (
    <Stack as="div" space="space.150">
      <SectionHeading title="Balance">
        Share of this product&apos;s open epics that serve a solution, against the portfolio target.
      </SectionHeading>
      {balance === null || balance.share === null ? (
        <Text color="color.text.subtle">
          Nothing to measure yet: this product has no open epics of the types that count as epics.
        </Text>
      ) : (
        <Stack space="space.100">
          <Inline space="space.100" alignBlock="center" shouldWrap>
            <Text weight="semibold">
              {percent(balance.share)} growth, target {percent(balance.target)}
            </Text>
            <Lozenge appearance={VERDICTS[balance.verdict].appearance}>
              {VERDICTS[balance.verdict].label}
            </Lozenge>
          </Inline>
          <Box xcss={barWidth}>
            <ProgressBar
              value={balance.share}
              appearance={balance.verdict === 'below' ? 'default' : 'success'}
              ariaLabel={`${percent(balance.share)} of open epics serve a solution; target ${percent(balance.target)}`}
            />
          </Box>
          <Text size="small" color="color.text.subtle">
            {plural(balance.growth, 'open epic')} {balance.growth === 1 ? 'serves' : 'serve'} a solution;{' '}
            {plural(balance.incremental, 'open epic')} {balance.incremental === 1 ? 'is' : 'are'} incremental
            work.
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
