import { route } from '@forge/api';
import { z } from 'zod';
import { JIRA_CONCURRENCY, mapLimit } from './concurrency';
import { jqlList } from './jql';
import type { JiraRequest } from './transport';
import type { Actor, JiraProject } from './types';

const countSchema = z.looseObject({ count: z.number().int().min(0) });

export interface ProjectEpicCount extends JiraProject {
  openEpics: number;
}

/**
 * Open epics (status category not done) of each project, one `POST /rest/api/3/search/approximate-count`
 * per project (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-approximate-count-post).
 * Balance needs only how many: a count costs one request and about one point per project, where
 * listing the epics would cost a point per epic (18,738 at the large portfolio). Run as the app, so
 * every viewer sees the same numbers (hidden epics are counted, never named).
 */
export async function openEpicCounts(
  request: JiraRequest,
  projects: readonly JiraProject[],
  issueTypes: readonly string[],
  as: Actor,
): Promise<ProjectEpicCount[]> {
  if (issueTypes.length === 0) return projects.map((p) => ({ ...p, openEpics: 0 }));
  return mapLimit(projects, JIRA_CONCURRENCY, async (project) => {
    const jql = `project in ${jqlList([project.id])} AND issuetype in ${jqlList(issueTypes)} AND statusCategory != Done`;
    const { count } = await request({
      as,
      method: 'POST',
      path: route`/rest/api/3/search/approximate-count`,
      body: { jql },
      what: `the open epics of ${project.key}`,
      schema: countSchema,
    });
    return { ...project, openEpics: count };
  });
}
