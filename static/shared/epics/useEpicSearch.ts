import { useCallback, useState } from 'react';
import type { EpicChoice, EpicSearchPage } from '../../../src/contract';
import { useMutation } from '../client/useMutation';

interface EpicQuery {
  text: string;
  projectId: string | null;
}

export interface EpicSearchState {
  /** The epics found so far (the pages shown), or null before the first search. */
  epics: EpicChoice[] | null;
  /** How many match in all (Jira's count with the first page). */
  total: number | null;
  project: EpicSearchPage['project'];
  hasMore: boolean;
  pending: boolean;
  error: ReturnType<typeof useMutation>['error'];
  search: (query: EpicQuery) => Promise<void>;
  more: () => Promise<void>;
}

const EPIC_PAGE_SIZE = 20;

/**
 * An epic picker's search, a page at a time: the first page brings the count ("20 of 57"), "Show
 * more" asks for the next with Jira's page token and adds it below, so nothing is cut off silently.
 */
export function useEpicSearch(): EpicSearchState {
  // `run` is stable across renders (the object around it is not): the picker searches on mount.
  const { run, pending, error } = useMutation('epics.search');
  const [query, setQuery] = useState<EpicQuery | null>(null);
  const [epics, setEpics] = useState<EpicChoice[] | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [project, setProject] = useState<EpicSearchPage['project']>(null);
  const [next, setNext] = useState<string | null>(null);

  const search = useCallback(
    async (wanted: EpicQuery) => {
      const page = await run({
        text: wanted.text,
        ...(wanted.projectId ? { projectId: wanted.projectId } : {}),
        limit: EPIC_PAGE_SIZE,
      });
      if (!page) return;
      setQuery(wanted);
      setEpics(page.epics);
      setTotal(page.total);
      setProject(page.project);
      setNext(page.next);
    },
    [run],
  );

  const more = useCallback(async () => {
    if (!query || !next) return;
    const page = await run({
      text: query.text,
      ...(query.projectId ? { projectId: query.projectId } : {}),
      after: next,
      limit: EPIC_PAGE_SIZE,
    });
    if (!page) return;
    setEpics((shown) => {
      const seen = new Set((shown ?? []).map((e) => e.id));
      return [...(shown ?? []), ...page.epics.filter((e) => !seen.has(e.id))];
    });
    setNext(page.next);
  }, [run, next, query]);

  return {
    epics,
    total,
    project,
    hasMore: next !== null,
    pending,
    error,
    search,
    more,
  };
}
