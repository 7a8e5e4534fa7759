import Button from '@atlaskit/button/new';
import { ErrorMessage, Label } from '@atlaskit/form';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { Radio } from '@atlaskit/radio';
import Textfield from '@atlaskit/textfield';
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorState } from '../components/ErrorState';
import { ProjectFilter, type ProjectOption } from './ProjectFilter';
import { useEpicSearch } from './useEpicSearch';

const growStyle = xcss({ flexGrow: 1 });
const filterStyle = xcss({ minWidth: '220px' });
const listStyle = xcss({ maxHeight: '320px', overflowY: 'auto' });

/** "Showing 20 of 57 epics", "No epics match.": how much of the answer is on screen, always. */
function countText(shown: number, total: number | null, project: string | null): string {
  const where = project ? ` in ${project}` : '';
  if (shown === 0) return `No epics${where} match.`;
  const of = total !== null && total > shown ? ` of ${total}` : '';
  return `Showing ${shown}${of} ${total === 1 || (total === null && shown === 1) ? 'epic' : 'epics'}${where}.`;
}

/**
 * Chooses an epic to link: a project filter, a search by words of the summary, by key ("BILL-19")
 * or by key prefix ("BILL", "BILL-1": that project's epics), the epics a page at a time with
 * "Show more" and the count, and a badge on the ones already linked to a solution. Opens on the
 * first page of every epic the viewer may browse, so browsing alone reaches them all.
 */
export function EpicPicker({
  chosen,
  onChoose,
  error,
}: {
  chosen: string | null;
  onChoose: (epicKey: string | null) => void;
  error?: string;
}) {
  const [text, setText] = useState('');
  const [project, setProject] = useState<ProjectOption | null>(null);
  const found = useEpicSearch();
  const { search } = found;

  useEffect(() => {
    void search({ text: '', projectId: null });
  }, [search]);

  const run = (next: { text?: string; project?: ProjectOption | null }) => {
    const wanted = { text: next.text ?? text, project: next.project === undefined ? project : next.project };
    onChoose(null);
    void search({ text: wanted.text, projectId: wanted.project?.value ?? null });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run({});
  };
  const where = found.project
    ? `${found.project.name} (${found.project.key})`
    : project
      ? project.label
      : null;
  const epics = found.epics ?? [];

  return (
    <Stack space="space.150">
      <form onSubmit={submit} role="search" aria-label="Search epics">
        <Inline space="space.100" alignBlock="end" shouldWrap>
          <Box xcss={filterStyle}>
            <Label htmlFor="epic-project-filter">Project</Label>
            <ProjectFilter
              inputId="epic-project-filter"
              value={project}
              onChange={(option) => {
                setProject(option);
                run({ project: option });
              }}
            />
          </Box>
          <Box xcss={growStyle}>
            <Label htmlFor="epic-search">Find an epic by key or words in its summary</Label>
            <Textfield
              id="epic-search"
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              placeholder="e.g. PLAT-12, BILL or invoicing"
            />
          </Box>
          <Button type="submit" isLoading={found.pending && found.epics === null}>
            Search
          </Button>
        </Inline>
      </form>
      <Box aria-live="polite">
        {found.epics !== null && (
          <Text size="small" color="color.text.subtle">
            {countText(epics.length, found.total, where)}
          </Text>
        )}
      </Box>
      {found.error && <ErrorState error={found.error} />}
      {epics.length > 0 && (
        <Box role="radiogroup" aria-labelledby="epic-choice-label" xcss={listStyle}>
          <Text id="epic-choice-label" weight="semibold">
            Choose the epic
          </Text>
          <Stack space="space.050">
            {epics.map((epic) => (
              <Inline key={epic.id} space="space.100" alignBlock="center">
                <Radio
                  name="epic"
                  value={epic.key}
                  isChecked={chosen === epic.key}
                  onChange={() => onChoose(epic.key)}
                  label={`${epic.key} — ${epic.summary} (${epic.statusName})`}
                />
                {epic.linked && <Lozenge appearance="inprogress">Linked to a solution</Lozenge>}
              </Inline>
            ))}
          </Stack>
        </Box>
      )}
      {found.hasMore && (
        <Inline>
          <Button appearance="subtle" isLoading={found.pending} onClick={() => void found.more()}>
            Show more epics
          </Button>
        </Inline>
      )}
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </Stack>
  );
}
