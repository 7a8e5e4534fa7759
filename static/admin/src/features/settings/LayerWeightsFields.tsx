import { Fieldset, Legend } from '@atlaskit/form';
import Textfield from '@atlaskit/textfield';
import { Grid, Stack, Text, xcss } from '@atlaskit/primitives';
import type { Layer } from '../../../../../src/contract';
import { LAYER_LABELS, LAYERS_TOP_DOWN, FieldBlock } from '../../../../shared';

const columns = xcss({ gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))' });

/** How much a priority of each customer-organisation layer counts in the ranking score. */
export function LayerWeightsFields({
  weights,
  onChange,
  errorFor,
}: {
  weights: Record<Layer, string>;
  onChange: (weights: Record<Layer, string>) => void;
  errorFor: (path: string) => string | undefined;
}) {
  return (
    <Fieldset>
      <Legend>Customer-layer weights</Legend>
      <Stack space="space.150">
        <Text size="small" color="color.text.subtle">
          Priority score = market weight × importance × layer weight. Use 0 to 10; higher layers usually weigh
          more.
        </Text>
        <Grid xcss={columns} gap="space.200">
          {LAYERS_TOP_DOWN.map((layer) => (
            <FieldBlock key={layer} label={LAYER_LABELS[layer]} error={errorFor(`layerWeights.${layer}`)}>
              {({ inputId, describedBy, isInvalid }) => (
                <Textfield
                  id={inputId}
                  aria-describedby={describedBy || undefined}
                  isInvalid={isInvalid}
                  inputMode="decimal"
                  value={weights[layer]}
                  onChange={(e) => onChange({ ...weights, [layer]: e.currentTarget.value })}
                />
              )}
            </FieldBlock>
          ))}
        </Grid>
      </Stack>
    </Fieldset>
  );
}
