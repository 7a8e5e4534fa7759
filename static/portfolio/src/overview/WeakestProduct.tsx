import { Text } from '@atlaskit/primitives';
import type { Readiness } from '../../../../src/contract';
import { percent } from '../../../shared';
import { productLabel } from '../portfolioIndex';
import { usePortfolio } from '../PortfolioContext';

/**
 * The product a solution waits for, by name where the viewer may see it (the summary names the
 * weakest product's key only for projects they may browse), with the average beside it.
 */
export function WeakestProduct({ readiness }: { readiness: Readiness }) {
  const { summary } = usePortfolio();
  if (readiness.weakest === null) return <Text color="color.text.subtlest">No epics yet</Text>;
  const product = readiness.weakestProjectKey
    ? summary.products.find((p) => p.projectKey === readiness.weakestProjectKey)
    : undefined;
  const name = !readiness.weakestProjectKey
    ? 'A project you cannot view'
    : product
      ? productLabel(product)
      : readiness.weakestProjectKey;
  return (
    <Text size="small">
      <Text weight="semibold" size="small">
        {name}
      </Text>{' '}
      {percent(readiness.weakest)} · average {percent(readiness.average)}
    </Text>
  );
}
