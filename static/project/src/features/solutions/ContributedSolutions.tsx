import { Stack } from '@atlaskit/primitives';
import type { ProjectSolution } from '../../../../../src/contract';
import { EmptyState, PlainList, PlainListItem, SectionHeading } from '../../../../shared';
import { ProjectSolutionCard } from './ProjectSolutionCard';

export function ContributedSolutions({
  projectName,
  solutions,
  hasUnlinkedEpics,
}: {
  projectName: string;
  solutions: ProjectSolution[];
  hasUnlinkedEpics: boolean;
}) {
  return (
    <Stack space="space.200">
      <SectionHeading title="Solutions this product contributes to">
        Each solution is a cross-product offer; the market and business priorities behind it say why it
        matters.
      </SectionHeading>
      {solutions.length === 0 ? (
        <EmptyState
          header={`${projectName} does not contribute to any solution yet`}
          description={
            hasUnlinkedEpics
              ? "Link one of this product's epics to a solution below, or ask a portfolio lead which solution your work serves."
              : 'Once this product has open epics, link the ones that deliver part of a cross-product solution.'
          }
        />
      ) : (
        <PlainList label="Solutions" space="space.200">
          {solutions.map((entry) => (
            <PlainListItem key={entry.solution.id}>
              <ProjectSolutionCard entry={entry} />
            </PlainListItem>
          ))}
        </PlainList>
      )}
    </Stack>
  );
}
