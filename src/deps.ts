import { createJiraClient, type JiraClient } from './jira';
import { createStore, type Store } from './store';

/**
 * Everything a resolver needs from the outside world, built by hand in one place (no container):
 * the store (Forge KVS), Jira (REST as the user or the app) and the clock.
 */
export interface Deps {
  store: Store;
  jira: JiraClient;
  now: () => Date;
}

/** Production wiring; tests and the local runtime run these same dependencies (their SDK calls are emulated). */
export function createDeps(): Deps {
  const now = () => new Date();
  return { now, jira: createJiraClient({ now }), store: createStore({ now }) };
}
