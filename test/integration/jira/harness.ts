import { DEMO_USERS } from '../../../local/demo';
import { createLocalRuntime, type LocalRuntimeOptions } from '../../../local/runtime';
import { runInInvocation } from '../../../local/runtime/invocation';
import { createJiraClient, type JiraClient, type JiraLogEvent } from '../../../src/jira';

export type DemoRole = keyof typeof DEMO_USERS;

/**
 * The local Forge runtime with a Jira client whose waits and logs are recorded instead of
 * happening, so retry tests run instantly and can assert how long the client would have waited.
 */
export function jiraHarness(options: LocalRuntimeOptions = {}) {
  const rt = createLocalRuntime(options);
  const waits: number[] = [];
  const logs: JiraLogEvent[] = [];
  const jira: JiraClient = createJiraClient({
    sleep: async (ms) => {
      waits.push(ms);
    },
    log: (event) => logs.push(event),
    now: () => new Date('2026-03-02T10:00:00.000Z'),
  });

  /** Runs `fn` inside an invocation by `role`, as the hosted runtime scopes asUser(). */
  const as = <T>(role: DemoRole | undefined, fn: (jira: JiraClient) => Promise<T>): Promise<T> =>
    runInInvocation(
      { invocationId: 'test', functionKey: 'test', moduleKey: 'test', accountId: role && DEMO_USERS[role] },
      () => fn(jira),
    );

  /** Requests the app sent to Jira since the last `resetTraffic()`, as `METHOD path`. */
  const traffic = () => rt.jiraTraffic.map((t) => `${t.request.method} ${t.request.path.split('?')[0]}`);
  const resetTraffic = () => {
    rt.jiraTraffic.length = 0;
  };
  return { rt, jira, waits, logs, as, traffic, resetTraffic };
}

export type JiraHarness = ReturnType<typeof jiraHarness>;
