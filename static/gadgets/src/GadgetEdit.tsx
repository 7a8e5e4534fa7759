import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import { view } from '@forge/bridge';
import { useState } from 'react';
import { ErrorState, LoadingState, readableOptions } from '../../shared';
import { GADGET_TITLES, type GadgetConfig, type GadgetContext } from './gadgetContext';
import { useMarketNames } from './useMarketNames';

const pickerStyle = xcss({ maxWidth: '360px' });

interface Option {
  value: string;
  label: string;
}
const ALL: Option = { value: '', label: 'All markets' };

/**
 * The gadget's edit mode: pick a market (or all). Saving is Forge's `view.submit`: Jira stores
 * what is submitted as the gadget's configuration and shows the gadget again with it.
 */
export function GadgetEdit({ context }: { context: GadgetContext }) {
  const markets = useMarketNames();
  const [choice, setChoice] = useState<string>(context.config.marketId ?? '');
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (markets.error && markets.choices.length === 0) return <ErrorState error={markets.error} />;
  if (markets.loading && markets.choices.length === 0) return <LoadingState label="Loading markets…" />;
  const options = [ALL, ...markets.choices];

  async function save() {
    setSaving(true);
    setFailure(null);
    const config: GadgetConfig = choice ? { marketId: choice } : {};
    try {
      await view.submit(config);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setSaving(false);
    }
  }

  return (
    <Box padding="space.200">
      <Stack space="space.200">
        <Text as="p" weight="semibold">
          {GADGET_TITLES[context.gadget]} settings
        </Text>
        <Box xcss={pickerStyle}>
          <Label htmlFor="gadget-market">Market</Label>
          <Select<Option>
            styles={readableOptions<Option>()}
            inputId="gadget-market"
            options={options}
            value={options.find((o) => o.value === choice) ?? ALL}
            onChange={(o) => setChoice(o?.value ?? '')}
          />
        </Box>
        {failure ? (
          <Text as="p" color="color.text.danger" role="alert">
            Could not save: {failure}
          </Text>
        ) : null}
        <Inline space="space.100">
          <Button appearance="primary" onClick={() => void save()} isDisabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </Button>
        </Inline>
      </Stack>
    </Box>
  );
}
