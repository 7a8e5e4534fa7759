import { randomUUID } from 'node:crypto';

/**
 * Jira's long-running tasks (bulk property set and delete answer 303 with `/rest/api/3/task/{id}`).
 * Here a task is done before the answer is sent, so it is stored COMPLETE with its result; Jira
 * keeps task details 14 days, this store keeps them for the site's life.
 */
export interface StoredTask {
  id: string;
  description: string;
  /** Who submitted it: undefined is the app. Only they or a Jira administrator may read it. */
  accountId: string | undefined;
  submitted: number;
  result: unknown;
}

export class TaskStore {
  private readonly tasks = new Map<string, StoredTask>();

  constructor(private readonly now: () => Date) {}

  /** Records a finished task; answers its id. */
  complete(description: string, accountId: string | undefined, result: unknown): string {
    const id = randomUUID();
    this.tasks.set(id, { id, description, accountId, submitted: this.now().getTime(), result });
    return id;
  }

  get(id: string): StoredTask | undefined {
    return this.tasks.get(id);
  }
}
