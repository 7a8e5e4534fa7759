import { route } from '@forge/api';
import { projectPageSchema } from './schemas';
import type { JiraRequest } from './transport';
import type { Actor, JiraProject } from './types';

/** `GET /rest/api/3/project/search` serves at most 100 projects a page. */
const PROJECT_PAGE_SIZE = 100;
/** A runaway guard: 100 pages is 10,000 projects. */
const MAX_PROJECT_PAGES = 100;

/** Every project `as` may browse (Jira's `action=browse`), in key order. */
export async function listProjects(request: JiraRequest, as: Actor): Promise<JiraProject[]> {
  const projects: JiraProject[] = [];
  for (let page = 0; page < MAX_PROJECT_PAGES; page++) {
    const { projects: more, next } = await listProjectPage(request, as, projects.length);
    projects.push(...more);
    if (next === null) break;
  }
  return projects;
}

/** One page (≤ 100) of the projects `as` may browse, from `startAt`; `next` is null on the last. */
export async function listProjectPage(
  request: JiraRequest,
  as: Actor,
  startAt: number,
): Promise<{ projects: JiraProject[]; next: number | null }> {
  const result = await request({
    as,
    method: 'GET',
    path: route`/rest/api/3/project/search?startAt=${String(startAt)}&maxResults=${String(PROJECT_PAGE_SIZE)}&action=browse&orderBy=key`,
    what: 'projects',
    schema: projectPageSchema,
  });
  const projects = result.values.map(({ id, key, name }) => ({ id, key, name }));
  const seen = startAt + projects.length;
  const last = result.isLast ?? (result.total === undefined || seen >= result.total);
  return { projects, next: last || projects.length === 0 ? null : seen };
}

/** Projects a picker offers for typed text (`query` matches key or name), at most this many. */
const PROJECT_CHOICES = 20;

/**
 * The first projects `as` may browse whose key or name contains `text`, in key order, and whether
 * more match (one request, however many projects the site has: the picker narrows as one types).
 */
export async function searchProjects(
  request: JiraRequest,
  text: string,
  as: Actor,
): Promise<{ projects: JiraProject[]; more: boolean }> {
  const result = await request({
    as,
    method: 'GET',
    path: route`/rest/api/3/project/search?query=${text}&maxResults=${String(PROJECT_CHOICES)}&action=browse&orderBy=key`,
    what: 'projects',
    schema: projectPageSchema,
  });
  const projects = result.values.map(({ id, key, name }) => ({ id, key, name }));
  const more = result.isLast === false || (result.total !== undefined && result.total > projects.length);
  return { projects, more };
}
