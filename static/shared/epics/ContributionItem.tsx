import type { ReactNode } from 'react';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { Contribution } from '../../../src/contract';
import { IssueLink } from '../components/IssueLink';
import { ChildProgress } from './ChildProgress';
import { EpicStatusLozenge } from './EpicStatusLozenge';

/**
 * One epic's part in a solution: key (opens the issue), summary, Jira status, what the product
 * contributes, and child-issue progress. `showProject` names the product for partner epics.
 */
export function ContributionItem({
  contribution,
  showProject = false,
  action,
}: {
  contribution: Contribution;
  showProject?: boolean;
  action?: ReactNode;
}) {
  const { snapshot } = contribution;
  return (
    <Stack space="space.050">
      <Inline space="space.100" alignBlock="center" shouldWrap spread="space-between">
        <Inline space="space.100" alignBlock="center" shouldWrap>
          {showProject && (
            <Text size="small" weight="semibold" color="color.text.subtle">
              {contribution.projectKey}
            </Text>
          )}
          <IssueLink issueKey={contribution.epicKey} label={snapshot.summary} />
          <Text>{snapshot.summary}</Text>
          <EpicStatusLozenge category={snapshot.statusCategory} name={snapshot.statusName} />
        </Inline>
        {action}
      </Inline>
      {contribution.note && <Text size="small">Contributes: {contribution.note}</Text>}
      <Inline space="space.150" shouldWrap>
        <ChildProgress progress={snapshot.children} />
        {snapshot.dueDate && (
          <Text size="small" color="color.text.subtle">
            Due {snapshot.dueDate}
          </Text>
        )}
      </Inline>
    </Stack>
  );
}
