import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useId, useState } from 'react';
import type { MarketSummary } from '../../../../src/contract';
import { humanize, plural } from '../../../shared';
import { Card } from '../common/Card';
import { EntityActions } from '../common/EntityActions';
import { StatusLozenge } from '../common/StatusLozenge';
import { usePortfolio } from '../PortfolioContext';
import { MarketDetailBody } from './MarketDetailBody';

/** One market as the summary has it; its priorities and solutions load when it is expanded. */
export function MarketNode({
  market,
  expandedAtFirst = false,
}: {
  market: MarketSummary;
  /** Opened by a link to this market: its priorities and solutions show at once. */
  expandedAtFirst?: boolean;
}) {
  const { canManage, openDialog } = usePortfolio();
  const [expanded, setExpanded] = useState(expandedAtFirst);
  const bodyId = useId();
  const tags = market.segments.map((tag) => `${humanize(tag.kind)}: ${tag.value}`).join(' · ');
  const hasContent = market.priorityCount + market.solutionCount > 0;
  return (
    <Card label={`Market ${market.name}`}>
      <Stack space="space.150">
        <Inline spread="space-between" alignBlock="center" shouldWrap>
          <Inline space="space.100" alignBlock="center">
            <Heading size="medium" as="h2">
              {market.name}
            </Heading>
            <StatusLozenge status={market.status} />
            <Text color="color.text.subtle">Strategic weight {market.strategicWeight} of 5</Text>
          </Inline>
          <Inline space="space.050">
            {canManage && (
              <Button spacing="compact" onClick={() => openDialog({ kind: 'priority', marketId: market.id })}>
                Add priority
              </Button>
            )}
            <EntityActions
              name={`market ${market.name}`}
              onEdit={() => openDialog({ kind: 'market', market })}
              onDelete={() => openDialog({ kind: 'delete-market', market })}
            />
          </Inline>
        </Inline>
        {market.description && <Text as="p">{market.description}</Text>}
        {tags && (
          <Text color="color.text.subtlest" size="small">
            {tags}
          </Text>
        )}
        <Inline space="space.100" alignBlock="center">
          <Text color="color.text.subtle">
            {plural(market.priorityCount, 'business priority', 'business priorities')} ·{' '}
            {plural(market.solutionCount, 'solution')}
          </Text>
          {hasContent && (
            <Button
              spacing="compact"
              appearance="subtle"
              aria-expanded={expanded}
              aria-controls={bodyId}
              aria-label={`${expanded ? 'Hide' : 'Show'} priorities and solutions of ${market.name}`}
              onClick={() => setExpanded((open) => !open)}
            >
              {expanded ? 'Hide priorities and solutions' : 'Show priorities and solutions'}
            </Button>
          )}
        </Inline>
        <div id={bodyId}>{expanded && <MarketDetailBody marketId={market.id} />}</div>
      </Stack>
    </Card>
  );
}
