import Heading from '@atlaskit/heading';
import { Box, Stack, Text } from '@atlaskit/primitives';
import type { ProjectView } from '../../../src/contract';
import { BalanceSummary } from './features/balance/BalanceSummary';
import { ProductInvestment } from './features/investment/ProductInvestment';
import { ContributedSolutions } from './features/solutions/ContributedSolutions';
import { UnlinkedEpics } from './features/unlinked/UnlinkedEpics';

/** Where this product fits: its solutions and why they matter, its partners, its balance, its loose epics. */
export function MarketContext({ view, onChanged }: { view: ProjectView; onChanged: () => void }) {
  return (
    <Box as="main" padding="space.300">
      <Stack space="space.400">
        <Stack space="space.100">
          <Heading size="large" as="h1">
            Market context for {view.project.name}
          </Heading>
          <Text color="color.text.subtle">
            The customer priorities {view.project.key} serves, the solutions it helps deliver and the products
            it ships with.
          </Text>
        </Stack>
        <BalanceSummary balance={view.balance} />
        <ProductInvestment projectId={view.project.id} projectName={view.project.name} />
        <ContributedSolutions
          projectName={view.project.name}
          solutions={view.solutions}
          hasUnlinkedEpics={view.unlinkedEpics.length > 0}
        />
        <UnlinkedEpics view={view} onLinked={onChanged} />
      </Stack>
    </Box>
  );
}
