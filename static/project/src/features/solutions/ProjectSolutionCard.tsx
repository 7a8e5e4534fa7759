import Heading from '@atlaskit/heading';
import { Grid, Stack, Text, xcss } from '@atlaskit/primitives';
import type { ProjectSolution } from '../../../../../src/contract';
import { HiddenCount, ReadinessBar, Card, PrioritiesBehind, SolutionTitle } from '../../../../shared';
import { PartnerProducts } from '../partners/PartnerProducts';
import { OwnEpics } from './OwnEpics';

// Two columns when there is room (why | who delivers), one on narrow screens.
const columns = xcss({ gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))' });

export function ProjectSolutionCard({ entry }: { entry: ProjectSolution }) {
  const { solution } = entry;
  return (
    <Card label={solution.name}>
      <SolutionTitle solution={solution} />
      <Text as="p">{solution.valueStatement}</Text>
      <Grid xcss={columns} gap="space.300">
        <PrioritiesBehind priorities={entry.priorities} markets={entry.markets} />
        <Stack space="space.200">
          <OwnEpics contributions={entry.ownContributions} />
          <PartnerProducts partners={entry.partners} />
          <Stack space="space.075">
            <Heading size="xxsmall" as="h4">
              Solution readiness
            </Heading>
            <ReadinessBar readiness={entry.readiness} />
            <HiddenCount count={entry.hiddenCount} />
          </Stack>
        </Stack>
      </Grid>
    </Card>
  );
}
