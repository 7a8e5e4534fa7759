import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { ProductBalance } from '../../../../src/contract';
import { EmptyState, ErrorState, LoadingState, PlainList } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';
import { FilterSelect } from '../route/FilterSelect';
import { useRoute } from '../route/RouteContext';
import { BalanceRow } from './BalanceRow';
import { CountedAt } from './CountedAt';
import { useBalancePages, type BalanceFilter } from './useBalancePages';

const VERDICTS: { value: ProductBalance['verdict']; label: string }[] = [
  { value: 'below', label: 'Below target' },
  { value: 'on-target', label: 'On target' },
  { value: 'above', label: 'Above target' },
  { value: 'no-open-epics', label: 'No open epics' },
];

/** The URL's filter, kept only when it is one the call accepts (a mistyped link shows everything). */
function filterOf(params: Readonly<Record<string, string>>): BalanceFilter {
  const verdict = VERDICTS.find((v) => v.value === params.verdict)?.value;
  return { verdict, sort: params.sort === 'name' ? 'name' : undefined };
}

/** Per product, least growth first: share of open epics that serve solutions against the target. */
export function BalanceView() {
  const { summary } = usePortfolio();
  const { route } = useRoute();
  const filter = filterOf(route.params);
  const { items, total, showMore, pending, error } = useBalancePages(filter);
  if (summary.balance.total === 0) {
    return (
      <Stack space="space.200">
        <EmptyState
          header="No products yet"
          description="Products appear here once they have open epics or their epics contribute to a solution."
        />
        <CountedAt countedAt={summary.countedAt} />
      </Stack>
    );
  }
  return (
    <Stack space="space.200">
      <CountedAt countedAt={summary.countedAt} />
      <Inline space="space.150" shouldWrap alignBlock="end">
        <FilterSelect
          param="verdict"
          label="Against the target"
          options={VERDICTS}
          allLabel="Every product"
        />
        <FilterSelect
          param="sort"
          label="Order"
          options={[{ value: 'name', label: 'By name' }]}
          allLabel="Least growth first"
        />
      </Inline>
      {items === null ? (
        error ? (
          <ErrorState error={error} onRetry={() => void showMore()} />
        ) : (
          <LoadingState label="Loading the products…" />
        )
      ) : (
        <>
          {items.length === 0 && <Text color="color.text.subtle">No product matches this filter.</Text>}
          <PlainList space="space.200" label="Balance per product">
            {items.map((balance) => (
              <BalanceRow key={balance.projectId} balance={balance} />
            ))}
          </PlainList>
          {error && <ErrorState error={error} onRetry={() => void showMore()} />}
          <Box aria-live="polite">
            <Inline space="space.150" alignBlock="center">
              <Text color="color.text.subtle">
                Showing {items.length} of {total} products
              </Text>
              {items.length < total && (
                <Button onClick={() => void showMore()} isLoading={pending}>
                  Show more
                </Button>
              )}
            </Inline>
          </Box>
        </>
      )}
    </Stack>
  );
}
