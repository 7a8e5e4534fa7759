import { Inline, Text } from '@atlaskit/primitives';
import { HiddenCount, IssueLink } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';

/** The Jira detail behind a story line, one click away: the epics the viewer may open. */
export function SolutionEpics({ solutionId }: { solutionId: string }) {
  const { view } = usePortfolio();
  const row = view.matrix.find((candidate) => candidate.solutionId === solutionId);
  const contributions = row?.cells.flatMap((cell) => cell.contributions) ?? [];
  if (!row || (contributions.length === 0 && row.hiddenCount === 0)) return null;
  return (
    <Inline space="space.100" alignBlock="center" shouldWrap>
      {contributions.length > 0 && (
        <Text size="small" color="color.text.subtle">
          Epics:
        </Text>
      )}
      {contributions.map((contribution) => (
        <IssueLink
          key={contribution.id}
          issueKey={contribution.epicKey}
          label={contribution.snapshot.summary}
        />
      ))}
      <HiddenCount count={row.hiddenCount} />
    </Inline>
  );
}
