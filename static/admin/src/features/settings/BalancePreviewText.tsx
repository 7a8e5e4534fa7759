import { Text } from '@atlaskit/primitives';
import { plural, useResolver } from '../../../../shared';

/**
 * What the target would do, before it is saved: how many products would fall below it, by the
 * same rule the balance views use (`balance.preview`: counts from the read model, no names).
 */
export function BalancePreviewText({ target }: { target: number }) {
  const { data, error } = useResolver('balance.preview', { target });
  if (error) return null;
  if (!data) return <Text size="small">Counting products…</Text>;
  if (data.products === 0)
    return <Text size="small">No product has open epics yet, so no product falls below any target.</Text>;
  const pct = Math.round(target * 1000) / 10;
  return (
    <Text size="small" weight="medium">
      At {pct}%, {data.below} of {plural(data.products, 'product')} would fall below the target,{' '}
      {data.onTarget} on target and {data.above} above it.
    </Text>
  );
}
