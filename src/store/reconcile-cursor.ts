import { kvs } from '@forge/kvs';
import { kvsCall } from './kvs-call';

/** When the last daily reconcile started: the next one asks Jira only for what changed since. */
const CURSOR_KEY = 'reconcile-cursor';

interface Cursor {
  startedAt: string;
}

export const reconcileCursor = {
  get: async (): Promise<string | null> =>
    (await kvsCall(() => kvs.get<Cursor>(CURSOR_KEY)))?.startedAt ?? null,
  set: (startedAt: string): Promise<void> => kvsCall(() => kvs.set<Cursor>(CURSOR_KEY, { startedAt })),
};
