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
