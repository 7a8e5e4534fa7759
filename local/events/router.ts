import type { EmulatorResponse } from '../types';
import { cancel, stats } from './job-requests';
import type { JobStore } from './job-store';
import { publish, type PublishContext } from './publish';

// queries.js: PUSH_PATH, GET_STATS_PATH, CANCEL_JOB_PATH. The SDK sends the placeholders as they
// are ('{contextAri}/{environmentId}/{appId}/{appVersion}'); Forge's proxy fills them in.
const PATH = /^\/webhook\/queue\/(publish|stats|cancel)\/[^/]+\/[^/]+\/[^/]+\/[^/]+$/;

export function isEventsPath(path: string): boolean {
  return path.startsWith('/webhook/queue/');
}

/** Answers a request `@forge/events` sends through `__requestAtlassianAsApp`. */
export function route(
  ctx: PublishContext & { store: JobStore },
  path: string,
  body: unknown,
  originId: string,
): EmulatorResponse {
  const match = PATH.exec(path);
  if (!match) return { status: 404, body: { message: `No such async events endpoint: ${path}` } };
  const operation = match[1];
  if (operation === 'publish') return publish(ctx, body, originId);
  if (operation === 'stats') return stats(ctx.store, body);
  return cancel(ctx.store, body);
}
