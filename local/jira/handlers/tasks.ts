import { jiraError, ok } from '../http';
import type { Handler } from './context';

/**
 * GET /rest/api/3/task/{taskId} ("Get task", TaskProgressBeanObject): the status of a bulk
 * property task. Jira answers it to the task's creator or a Jira administrator; anyone else, and
 * an unknown id, get 404 here (the OpenAPI lists 403 too: the emulator does not tell a task that
 * exists from one that does not). `submittedBy` is an int64 in the contract, which account ids
 * are not: the app's tasks say 0.
 */
export const getTask: Handler = (ctx, request) => {
  const task = ctx.tasks.get(request.params.taskId);
  const mayRead =
    task !== undefined &&
    (task.accountId === request.accountId || ctx.permissions.hasGlobal(request.accountId, 'ADMINISTER'));
  if (!task || !mayRead) return jiraError(404, `Task with id ${request.params.taskId} was not found.`);
  return ok({
    self: `${ctx.store.baseUrl}/rest/api/3/task/${task.id}`,
    id: task.id,
    description: task.description,
    status: 'COMPLETE',
    result: task.result,
    submittedBy: 0,
    progress: 100,
    elapsedRuntime: 0,
    submitted: task.submitted,
    started: task.submitted,
    finished: task.submitted,
    lastUpdate: task.submitted,
  });
};

/** The 303 a bulk property request answers: where its task can be read. */
export function taskLocation(baseUrl: string, id: string) {
  return { status: 303, headers: { location: `${baseUrl}/rest/api/3/task/${id}` } };
}
