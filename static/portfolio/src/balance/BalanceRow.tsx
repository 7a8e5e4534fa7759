import Lozenge from '@atlaskit/lozenge';
import { Box, Grid, Stack, Text } from '@atlaskit/primitives';
import type { ProductBalance } from '../../../../src/contract';
import { BALANCE_VERDICTS, percent } from '../../../shared';
import { BalanceBar } from './BalanceBar';

const VERDICT = BALANCE_VERDICTS;

function describe(balance: ProductBalance): string {
  if (balance.openEpics === 0) return 'No open epics.';
  return `${balance.growth} of ${balance.openEpics} open epics serve solutions (${percent(balance.share)}); ${balance.incremental} are incremental. Target ${percent(balance.target)}.`;
}

/** The product's name, or none for a project the viewer cannot browse (its name is withheld). */
function nameOf(balance: ProductBalance): string {
  if (!balance.name && !balance.projectKey) return 'A project you cannot view';
  return balance.projectKey ? `${balance.name} (${balance.projectKey})` : balance.name;
}

/** One product: its growth share as a bar against the target, in words, and the verdict. */
export function BalanceRow({ balance }: { balance: ProductBalance }) {
  const verdict = VERDICT[balance.verdict];
  const name = nameOf(balance);
  return (
    <Box as="li" aria-label={`${name}: ${verdict.label}. ${describe(balance)}`}>
      <Grid templateColumns="minmax(140px, 1fr) 2fr auto" gap="space.200" alignItems="center">
        <Text weight="semibold">{name}</Text>
        <Stack space="space.050">
          <BalanceBar balance={balance} />
          <Text size="small" color="color.text.subtle">
            {describe(balance)}
          </Text>
        </Stack>
        <Lozenge appearance={verdict.appearance}>{verdict.label}</Lozenge>
      </Grid>
    </Box>
  );
}
