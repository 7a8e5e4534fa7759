import type { Contribution, JobStatus, Market, Priority, Solution } from '../../../src/contract';
import type { StoredJob } from '../../../src/store';
import type { LocalRuntime } from '../../../local/runtime';
import type { SiteIssue } from '../../../local/jira';
import { snapshot } from '../store/fixtures';

/** The market layer as stored, read straight from the emulator (no resolver in between). */
export function stored(rt: LocalRuntime) {
  const { entities } = rt.kvs.dump();
  const records = <T>(entity: string) =>
    Object.values(entities[entity] ?? {}).map((item) => {
      const value = item.value as { version: number; record: T };
      return { ...value.record, version: value.version };
    });
  return {
    markets: records<Market>('market'),
    priorities: records<Priority>('priority'),
    solutions: records<Solution>('solution'),
    contributions: records<Contribution>('contribution'),
    jobs: records<StoredJob>('job'),
  };
}

/** References to records that are gone: what "nothing half-deleted" rules out. */
export function orphans(rt: LocalRuntime): string[] {
  const { markets, priorities, solutions, contributions } = stored(rt);
  const has = (list: { id: string }[]) => new Set(list.map((r) => r.id));
  const [m, p, s] = [has(markets), has(priorities), has(solutions)];
  return [
    ...priorities.filter((x) => !m.has(x.marketId)).map((x) => `priority ${x.id} → market ${x.marketId}`),
    ...solutions.flatMap((x) =>
      x.priorityIds.filter((id) => !p.has(id)).map((id) => `solution ${x.id} → priority ${id}`),
    ),
    ...contributions
      .filter((x) => !s.has(x.solutionId))
      .map((x) => `link ${x.id} → solution ${x.solutionId}`),
  ];
}

/**
 * Calls `each` after every KVS transaction the app commits (or tries to), with the request's
 * status: the test sees every intermediate state a background delete leaves behind.
 */
export function afterEveryTransaction(each: (status: number) => unknown): () => void {
  const g = globalThis as unknown as {
    __forge_fetch__: (d: { type: string }, path: string, init?: unknown) => Promise<Response>;
  };
  const original = g.__forge_fetch__;
  let busy = false;
  g.__forge_fetch__ = async (d, path, init) => {
    const response = await original(d, path, init);
    // What `each` itself does (a resolver called between two transactions) is not watched again.
    if (d.type === 'kvs' && /transaction/.test(path) && !busy) {
      busy = true;
      try {
        await each(response.status);
      } finally {
        busy = false;
      }
    }
    return response;
  };
  return () => {
    g.__forge_fetch__ = original;
  };
}

/**
 * Until `stop()`, storage refuses (500) every transaction that writes one of these entities: a
 * fault that outlasts the job's retries, while its own progress records still save.
 */
export function refuseTransactionsTouching(entity: string): () => void {
  const g = globalThis as unknown as {
    __forge_fetch__: (d: { type: string }, path: string, init?: { body?: unknown }) => Promise<Response>;
  };
  const original = g.__forge_fetch__;
  g.__forge_fetch__ = async (d, path, init) => {
    if (d.type === 'kvs' && /transaction/.test(path) && String(init?.body ?? '').includes(`"${entity}"`))
      return new Response(
        JSON.stringify({ code: 'INTERNAL_SERVER_ERROR', message: 'An internal error occurred' }),
        {
          status: 500,
          headers: { 'content-type': 'application/json' },
        },
      );
    return original(d, path, init);
  };
  return () => {
    g.__forge_fetch__ = original;
  };
}

/** Runs `meanwhile` once, just before the next transaction that writes `entity` is sent. */
export function beforeTransactionTouching(entity: string, meanwhile: () => Promise<unknown>): void {
  const g = globalThis as unknown as {
    __forge_fetch__: (d: { type: string }, path: string, init?: { body?: unknown }) => Promise<Response>;
  };
  const original = g.__forge_fetch__;
  g.__forge_fetch__ = async (d, path, init) => {
    if (d.type === 'kvs' && /transaction/.test(path) && String(init?.body ?? '').includes(`"${entity}"`)) {
      g.__forge_fetch__ = original;
      await meanwhile();
    }
    return original(d, path, init);
  };
}

/** A link input for a real epic of the demo site. */
export const linkOf = (solutionId: string, epic: SiteIssue, projectKey: string) => ({
  solutionId,
  epic: { id: epic.id, key: epic.key, projectId: epic.projectId, projectKey },
  note: `Part of ${epic.key}`,
  snapshot: snapshot({ summary: epic.key }),
});

/** The job as the pages see it. */
export const jobIn = (jobs: JobStatus[], id: string | undefined) => jobs.find((j) => j.id === id);
