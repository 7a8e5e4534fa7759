import { Stack, Text } from '@atlaskit/primitives';
import type { SolutionChoice } from '../../../src/contract';
import { SOLUTION_STATUS_LABELS } from '../labels';

/** "Which solution?" answered in the menu: its market, the priorities it serves, who delivers with us. */
export function SolutionChoiceLabel({ choice }: { choice: SolutionChoice }) {
  const partners = [
    ...choice.partners,
    ...(choice.hiddenPartners > 0
      ? [`${choice.hiddenPartners} ${choice.hiddenPartners === 1 ? 'product' : 'products'} you cannot view`]
      : []),
  ];
  return (
    <Stack space="space.025">
      <Text weight="semibold">
        {choice.name} ({SOLUTION_STATUS_LABELS[choice.status]})
      </Text>
      <Text size="small" color="color.text.subtle">
        {choice.markets.length > 0 ? choice.markets.join(', ') : 'No market yet'}
        {choice.priorities.length > 0 ? ` · ${choice.priorities.join('; ')}` : ''}
      </Text>
      <Text size="small" color="color.text.subtle">
        {partners.length > 0 ? `With ${partners.join(', ')}` : 'No other product yet'}
      </Text>
    </Stack>
  );
}
