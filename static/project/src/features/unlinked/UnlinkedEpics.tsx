import { useState } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';
import type { EpicSummary, ProjectView } from '../../../../../src/contract';
import { IssueLink, EpicStatusLozenge, SectionHeading } from '../../../../shared';
import { LinkEpicModal } from './LinkEpicModal';

const HEAD = {
  cells: [
    { key: 'key', content: 'Epic', width: 12 },
    { key: 'summary', content: 'Summary' },
    { key: 'status', content: 'Status', width: 16 },
    { key: 'action', content: 'Action', width: 18 },
  ],
};
const WHY_DISABLED_ID = 'unlinked-epics-why-disabled';

/** Epics of this project that serve no solution: incremental work, or a link nobody made yet. */
export function UnlinkedEpics({ view, onLinked }: { view: ProjectView; onLinked: () => void }) {
  const [linking, setLinking] = useState<EpicSummary | null>(null);
  const canLink = view.viewer.canLinkInProject && view.linkableSolutions.length > 0;
  const rows = view.unlinkedEpics.map((epic) => ({
    key: epic.id,
    cells: [
      { key: 'key', content: <IssueLink issueKey={epic.key} label={epic.summary} /> },
      { key: 'summary', content: epic.summary },
      { key: 'status', content: <EpicStatusLozenge category={epic.statusCategory} name={epic.statusName} /> },
      {
        key: 'action',
        content: (
          <Button
            spacing="compact"
            isDisabled={!canLink}
            aria-describedby={canLink ? undefined : WHY_DISABLED_ID}
            aria-label={`Link to solution: ${epic.key}`}
            onClick={() => setLinking(epic)}
          >
            Link to solution
          </Button>
        ),
      },
    ],
  }));
  return (
    <Stack space="space.200">
      <SectionHeading title="Epics that serve no solution">
        Open epics of {view.project.key} not linked to any solution. Link the ones that deliver part of a
        cross-product offer; the rest is incremental work.
      </SectionHeading>
      {!canLink && view.unlinkedEpics.length > 0 && (
        <div id={WHY_DISABLED_ID}>
          <SectionMessage appearance="information">
            <Text>
              {view.viewer.canLinkInProject
                ? 'There is no solution to link to yet. Portfolio leads create solutions on the Market layer page.'
                : 'You can see these epics but not link them. Linking needs the "Manage market layer" permission or permission to edit the epic.'}
            </Text>
          </SectionMessage>
        </div>
      )}
      {view.unlinkedEpics.length === 0 ? (
        <Text color="color.text.subtle">
          {view.solutions.length > 0
            ? `Every open epic of ${view.project.key} serves a solution.`
            : `${view.project.key} has no open epics.`}
        </Text>
      ) : (
        <DynamicTable
          label={`Epics of ${view.project.key} that serve no solution`}
          head={HEAD}
          rows={rows}
          rowsPerPage={20}
          defaultPage={1}
        />
      )}
      {linking && (
        <LinkEpicModal
          epic={linking}
          projectId={view.project.id}
          solutions={view.linkableSolutions}
          onClose={() => setLinking(null)}
          onLinked={() => {
            setLinking(null);
            onLinked();
          }}
        />
      )}
    </Stack>
  );
}
