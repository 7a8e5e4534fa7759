import { DEMO_USERS, type DemoUserRole } from '../../../local/demo';
import type { EmulatorResponse } from '../../../local/types';
import type { TestApp } from '../../support/app';

/** A JQL search as a demo user, the way a Jira client sends it (app functions computed first). */
export async function searchAs(
  app: TestApp,
  user: DemoUserRole | 'app',
  jql: string,
): Promise<EmulatorResponse> {
  return app.rt.jira.handleAsync({
    method: 'POST',
    path: '/rest/api/3/search/jql',
    body: { jql, fields: ['summary'], maxResults: 100 },
    accountId: user === 'app' ? undefined : DEMO_USERS[user],
  });
}

/** The keys a search returns, sorted; fails the test with Jira's message if it was refused. */
export async function keysFor(app: TestApp, user: DemoUserRole | 'app', jql: string): Promise<string[]> {
  const answer = await searchAs(app, user, jql);
  if (answer.status !== 200)
    throw new Error(`Search refused (${answer.status}): ${JSON.stringify(answer.body)}`);
  return (answer.body as { issues: { key: string }[] }).issues.map((i) => i.key).sort();
}

export const sortedKeys = (...issues: { key: string }[]) => issues.map((i) => i.key).sort();
