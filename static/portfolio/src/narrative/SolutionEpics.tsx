import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useId, useState } from 'react';
import type { SolutionDetail } from '../../../../src/contract';
import { HiddenCount, IssueLink } from '../../../shared';
import { DetailView } from '../data/DetailView';
import { useDetail } from '../data/useDetails';

/** The epics the viewer may open, loaded when asked (`solution.detail`); the rest only counted. */
function EpicLinks({ solutionId }: { solutionId: string }) {
  const detail = useDetail('solution.detail', { solutionId });
  return (
    <DetailView state={detail} loadingLabel="Loading the epics…">
      {(data) => <Links detail={data} />}
    </DetailView>
  );
}

function Links({ detail: data }: { detail: SolutionDetail }) {
  if (data.contributions.length === 0 && data.hiddenCount === 0) {
    return (
      <Text size="small" color="color.text.subtlest">
        No epics linked yet.
      </Text>
    );
  }
  return (
    <Inline space="space.100" alignBlock="center" shouldWrap>
      {data.contributions.map((contribution) => (
        <IssueLink
          key={contribution.id}
          issueKey={contribution.epicKey}
          label={contribution.snapshot.summary}
        />
      ))}
      <HiddenCount count={data.hiddenCount} noun={data.contributions.length ? 'more epic' : 'epic'} />
    </Inline>
  );
}

/**
 * The Jira detail behind a story line, one click away: the executive text names no issue; this
 * lists the epics the viewer may open, by key and title, and counts the others.
 */
export function SolutionEpics({ solutionId, name }: { solutionId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <Stack space="space.050">
      <Inline>
        <Button
          spacing="compact"
          appearance="subtle"
          aria-expanded={open}
          aria-controls={id}
          aria-label={`Jira detail: ${name}`}
          onClick={() => setOpen((shown) => !shown)}
        >
          {open ? 'Hide Jira detail' : 'Jira detail'}
        </Button>
      </Inline>
      <div id={id}>{open && <EpicLinks solutionId={solutionId} />}</div>
    </Stack>
  );
}
