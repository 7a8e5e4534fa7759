import { z } from 'zod';
import { LAYERS, type Layer } from '../contract';
import type { Deps } from '../deps';
import { createDeps } from '../deps';
import { layerClause, type LayerPropertyPath } from '../domain';

/**
 * What Jira sends a `jira:jqlFunction` function when it has no precomputation for a call
 * (https://developer.atlassian.com/cloud/jira/platform/jql-functions/). Only what we read is checked.
 */
const jqlFunctionEvent = z.looseObject({
  clause: z.looseObject({
    functionName: z.string().min(1),
    operator: z.string(),
    arguments: z.array(z.string()),
  }),
});

/** The answer Jira reads: a JQL fragment that replaces the clause, or the message to show. */
export type JqlFunctionAnswer = { jql: string } | { error: string };

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const quoted = (names: readonly string[]) => names.map((n) => `'${n}'`).join(', ');

type Resolve = (deps: Deps, names: readonly string[]) => Promise<{ ids: string[]; unknown: string[] }>;

/** Names to the ids of the live records that bear them (names of different records may repeat). */
function byName<T extends { id: string; deleting?: string }>(
  list: (deps: Deps) => Promise<T[]>,
  nameOf: (record: T) => string,
): Resolve {
  return async (deps, names) => {
    const records = (await list(deps)).filter((r) => !r.deleting);
    const unknown = names.filter((n) => !records.some((r) => same(nameOf(r), n)));
    const ids = records.filter((r) => names.some((n) => same(nameOf(r), n))).map((r) => r.id);
    return { ids, unknown };
  };
}

/** "senior manager", "Senior-manager" and "senior-manager" all name the same layer. */
const layerOf = (name: string): Layer | undefined =>
  LAYERS.find((layer) => same(layer, name.replace(/\s+/g, '-')));

/**
 * Each function's fragment is a clause on the epic's `market-layer` property by record id, not a
 * list of issues: it stays true as epics are linked and unlinked and as records are renamed (the
 * app rewrites the property), so Jira's stored precomputation never needs an update, and Jira
 * applies the searcher's permissions to it like to any clause: nothing leaks through the fragment.
 */
const FUNCTIONS: Record<string, { noun: string; path: LayerPropertyPath; resolve: Resolve }> = {
  marketlayersolution: {
    noun: 'solution',
    path: 'solutionIds',
    resolve: byName(
      (deps) => deps.store.solutions.list(),
      (s) => s.name,
    ),
  },
  marketlayermarket: {
    noun: 'market',
    path: 'marketIds',
    resolve: byName(
      (deps) => deps.store.markets.list(),
      (m) => m.name,
    ),
  },
  marketlayerpriority: {
    noun: 'business priority',
    path: 'priorityIds',
    resolve: byName(
      (deps) => deps.store.priorities.list(),
      (p) => p.title,
    ),
  },
  marketlayerlayer: {
    noun: 'customer-organisation layer',
    path: 'layers',
    resolve: async (_deps, names) => ({
      ids: names.flatMap((n) => layerOf(n) ?? []),
      unknown: names.filter((n) => !layerOf(n)),
    }),
  },
};

async function answerJqlFunction(deps: Deps, event: unknown): Promise<JqlFunctionAnswer> {
  const parsed = jqlFunctionEvent.safeParse(event);
  if (!parsed.success) return { error: 'Market Layer could not read this function call.' };
  const { functionName, operator, arguments: names } = parsed.data.clause;
  const fn = FUNCTIONS[functionName.toLowerCase()];
  if (!fn) return { error: `Market Layer has no function '${functionName}'.` };
  if (operator.toLowerCase() !== 'in') {
    return { error: `Use ${functionName} with 'in', for example: issue in ${functionName}("…").` };
  }
  if (names.length === 0 || names.some((n) => n.trim() === '')) {
    return { error: `Name a ${fn.noun}: issue in ${functionName}("…").` };
  }
  const { ids, unknown } = await fn.resolve(deps, names);
  if (unknown.length > 0) {
    const extra = fn.path === 'layers' ? ` Layers are ${quoted(LAYERS)}.` : '';
    return { error: `Market Layer has no ${fn.noun} named ${quoted(unknown)}.${extra}` };
  }
  return { jql: layerClause(fn.path, [...new Set(ids)].sort()) };
}

const deps = createDeps();

/** The `jql-function` function (manifest.yml `jira:jqlFunction` modules). */
export function handleJqlFunction(event: unknown, _context?: unknown): Promise<JqlFunctionAnswer> {
  return answerJqlFunction(deps, event);
}
