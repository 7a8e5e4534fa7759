import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useId, type ReactNode } from 'react';
import { Card } from '../common/Card';
import type { TabKey } from '../route/route';
import { useOpenTab } from '../route/RouteContext';

/**
 * One question of the overview: its answer in a card, how much of the list it shows ("6 of 40"),
 * and the tab with everything, one click away.
 */
export function OverviewSection({
  title,
  question,
  shown,
  tab,
  tabLabel,
  children,
}: {
  title: string;
  question: string;
  shown?: string;
  tab: TabKey;
  tabLabel: string;
  children: ReactNode;
}) {
  const openTab = useOpenTab();
  const headingId = useId();
  return (
    <Card label={title}>
      <Stack space="space.150">
        <Inline spread="space-between" alignBlock="start" space="space.100" shouldWrap>
          <Stack space="space.025">
            <Heading size="small" as="h2" id={headingId}>
              {title}
            </Heading>
            <Text size="small" color="color.text.subtle">
              {question}
            </Text>
          </Stack>
          <Inline space="space.100" alignBlock="center">
            {shown && (
              <Text size="small" color="color.text.subtle">
                {shown}
              </Text>
            )}
            <Button spacing="compact" appearance="subtle" onClick={() => openTab(tab)}>
              {tabLabel}
            </Button>
          </Inline>
        </Inline>
        {children}
      </Stack>
    </Card>
  );
}
