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
    const startAt = String(projects.length);
    const result = await request({
      as,
      method: 'GET',
      path: route`/rest/api/3/project/search?startAt=${startAt}&maxResults=${String(PROJECT_PAGE_SIZE)}&action=browse&orderBy=key`,
      what: 'projects',
      schema: projectPageSchema,
    });
    projects.push(...result.values.map(({ id, key, name }) => ({ id, key, name })));
    const done = result.isLast ?? (result.total === undefined || projects.length >= result.total);
    if (done || result.values.length === 0) break;
  }
  return projects;
}
