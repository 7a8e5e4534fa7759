import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import type { EpicSolution } from '../../../../../src/contract';
import { ReadinessBar, Card, PrioritiesBehind, SolutionTitle } from '../../../../shared';
import { UnlinkButton } from '../link/UnlinkButton';
import { SiblingEpics } from './SiblingEpics';

/** One solution this epic serves: the value, the priorities behind it, the epics it ships with. */
export function EpicSolutionCard({
  entry,
  canUnlink,
  onUnlinked,
}: {
  entry: EpicSolution;
  canUnlink: boolean;
  onUnlinked: () => void;
}) {
  const { solution, contribution } = entry;
  return (
    <Card label={solution.name}>
      <SolutionTitle solution={solution} />
      <Text as="p">{solution.valueStatement}</Text>
      <Text size="small">
        {contribution.note ? `This epic contributes: ${contribution.note}` : 'No contribution note yet.'}
      </Text>
      <PrioritiesBehind priorities={entry.priorities} markets={entry.markets} />
      <SiblingEpics siblings={entry.siblings} hiddenCount={entry.hiddenSiblingCount} />
      <Stack space="space.075">
        <Heading size="xxsmall" as="h4">
          Solution readiness
        </Heading>
        <ReadinessBar readiness={entry.readiness} />
      </Stack>
      {canUnlink && (
        <UnlinkButton contribution={contribution} solutionName={solution.name} onUnlinked={onUnlinked} />
      )}
    </Card>
  );
}
