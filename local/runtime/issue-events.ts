import type { IssueChange, JiraSite } from '../jira';

export interface ForgeIssueEvent {
  eventType: string;
  event: Record<string, unknown>;
}

const EVENT_TYPES: Record<IssueChange['type'], string> = {
  created: 'avi:jira:created:issue',
  updated: 'avi:jira:updated:issue',
  deleted: 'avi:jira:deleted:issue',
};

/**
 * Turns changes to the emulated site into Forge product events, in the shape Forge delivers
 * (`{issue: {id, key, fields}, atlassianId, ...}`), queued until delivered.
 */
export class IssueEventQueue {
  private queue: ForgeIssueEvent[] = [];
  private readonly unsubscribe: () => void;

  constructor(private readonly jira: JiraSite) {
    this.unsubscribe = jira.onChange((change) => this.queue.push(this.toEvent(change)));
  }

  pending(): ForgeIssueEvent[] {
    return [...this.queue];
  }

  async deliver(
    fire: (eventType: string, event: Record<string, unknown>) => Promise<number>,
  ): Promise<number> {
    let delivered = 0;
    while (this.queue.length > 0) {
      const next = this.queue.shift()!;
      await fire(next.eventType, next.event);
      delivered += 1;
    }
    return delivered;
  }

  close(): void {
    this.unsubscribe();
  }

  private toEvent(change: IssueChange): ForgeIssueEvent {
    const eventType = EVENT_TYPES[change.type];
    // A deleted issue can no longer be rendered by the site: describe it from its last state.
    const issue = (change.type !== 'deleted' && this.jira.issueJson(change.issue.id)) || {
      id: change.issue.id,
      key: change.issue.key,
      fields: {
        summary: change.issue.summary,
        project: { id: change.issue.projectId },
        issuetype: { id: change.issue.issueTypeId },
        ...(change.issue.parentId ? { parent: { id: change.issue.parentId } } : {}),
      },
    };
    return { eventType, event: { issue, atlassianId: undefined, associatedUsers: [] } };
  }
}
