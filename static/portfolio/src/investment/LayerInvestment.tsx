import { Box, Grid, Stack, Text } from '@atlaskit/primitives';
import type { Investment } from '../../../../src/contract';
import { LAYER_LABELS, PlainList, percent, SectionHeading } from '../../../shared';
import { amountOf } from '../../../shared/measureText';
import { ShareBar } from './ShareBar';

/** The work by customer-organisation layer, top down: upper layers decide what gets bought. */
export function LayerInvestment({ investment }: { investment: Investment }) {
  return (
    <Stack space="space.150">
      <SectionHeading title="By customer layer" level="h3">
        The upper layers of the customer organisation decide what gets bought: how much of the work serves
        them.
      </SectionHeading>
      <PlainList space="space.150" label="Investment by customer layer">
        {investment.layers.map((layer) => {
          const text = `${percent(layer.share)} (${amountOf(investment.measure, layer.amount)})`;
          return (
            <Box as="li" key={layer.layer} aria-label={`${LAYER_LABELS[layer.layer]}: ${text}`}>
              <Grid templateColumns="minmax(160px, 1fr) 2fr" gap="space.200" alignItems="center">
                <Text weight="semibold">{LAYER_LABELS[layer.layer]}</Text>
                <Stack space="space.050">
                  <ShareBar share={layer.share} tone="even" />
                  <Text size="small" color="color.text.subtle">
                    {text}
                  </Text>
                </Stack>
              </Grid>
            </Box>
          );
        })}
      </PlainList>
    </Stack>
  );
}
