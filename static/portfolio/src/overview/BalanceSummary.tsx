import { Box, Grid, Text, xcss } from '@atlaskit/primitives';
import type { ProductBalance } from '../../../../src/contract';
import { percent, PlainList } from '../../../shared';
import { BalanceBar } from '../balance/BalanceBar';
import { usePortfolio } from '../PortfolioContext';
import { OverviewSection } from './OverviewSection';

/** Products on the overview: the least growth work first, as the landing lists them. */
const OVERVIEW_PRODUCTS = 6;

const rowStyle = xcss({ marginBlockStart: 'space.0' });

const VERDICT: Record<ProductBalance['verdict'], string> = {
  below: 'below target',
  'on-target': 'on target',
  above: 'above target',
  'no-open-epics': 'no open epics',
};

const nameOf = (b: ProductBalance) =>
  !b.name && !b.projectKey ? 'A project you cannot view' : b.name || b.projectKey;

/** Each product's share of open work that serves solutions, as a bar against the target line. */
export function BalanceSummary() {
  const { summary } = usePortfolio();
  const products = summary.balance.items.slice(0, OVERVIEW_PRODUCTS);
  const target = percent(summary.settings.balanceTarget);
  return (
    <OverviewSection
      title="Growth against the target"
      question={`Share of each product’s open epics that serve solutions; the line marks the ${target} target`}
      shown={`${products.length} of ${summary.balance.total} products, least growth first`}
      tab="balance"
      tabLabel="Open balance"
    >
      {products.length === 0 ? (
        <Text color="color.text.subtle">No product has open epics yet.</Text>
      ) : (
        <PlainList space="space.100" label="Growth share per product">
          {products.map((balance) => (
            <Box as="li" key={balance.projectId} xcss={rowStyle}>
              <Grid templateColumns="minmax(100px, 160px) 1fr 40px 96px" gap="space.150" alignItems="center">
                <Text size="small" weight="semibold" maxLines={1}>
                  {nameOf(balance)}
                </Text>
                <BalanceBar balance={balance} />
                <Text size="small">{percent(balance.share)}</Text>
                <Text size="small" color="color.text.subtle">
                  {VERDICT[balance.verdict]}
                </Text>
              </Grid>
            </Box>
          ))}
        </PlainList>
      )}
    </OverviewSection>
  );
}
