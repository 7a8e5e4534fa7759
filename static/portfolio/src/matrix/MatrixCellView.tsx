import Button from '@atlaskit/button/new';
import ProgressBar from '@atlaskit/progress-bar';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { MatrixCell, VisibleContribution } from '../../../../src/contract';
import { IssueLink, PlainList } from '../../../shared';
import { usePortfolio } from '../PortfolioContext';

function progressText(contribution: VisibleContribution): string {
  const { total, done } = contribution.snapshot.children;
  return total === 0 ? contribution.snapshot.statusName : `${done} of ${total} done`;
}

function ContributionItem({ contribution }: { contribution: VisibleContribution }) {
  const { canManage, openDialog } = usePortfolio();
  const { total, done } = contribution.snapshot.children;
  return (
    <Box as="li">
      <Stack space="space.025">
        <Inline space="space.050" alignBlock="center">
          <IssueLink issueKey={contribution.epicKey} label={contribution.snapshot.summary} />
          {canManage && (
            <Button
              appearance="subtle"
              spacing="compact"
              onClick={() => openDialog({ kind: 'unlink', contribution })}
              aria-label={`Unlink ${contribution.epicKey}`}
            >
              Unlink
            </Button>
          )}
        </Inline>
        <Text size="small">{contribution.snapshot.summary}</Text>
        {contribution.note && (
          <Text size="small" color="color.text.subtlest">
            {contribution.note}
          </Text>
        )}
        <ProgressBar
          value={total === 0 ? (contribution.snapshot.statusCategory === 'done' ? 1 : 0) : done / total}
          ariaLabel={`${contribution.epicKey} progress: ${progressText(contribution)}`}
        />
        <Text size="small" color="color.text.subtle">
          {progressText(contribution)}
        </Text>
      </Stack>
    </Box>
  );
}

/** The epics one product contributes to one solution. */
export function MatrixCellView({ cell }: { cell: MatrixCell | undefined }) {
  if (!cell || cell.contributions.length === 0) {
    return <Text color="color.text.subtlest">—</Text>;
  }
  return (
    <PlainList space="space.150">
      {cell.contributions.map((contribution) => (
        <ContributionItem key={contribution.id} contribution={contribution} />
      ))}
    </PlainList>
  );
}
