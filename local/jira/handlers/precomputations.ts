import { BadRequest, isRecord, jiraError, noContent, ok } from '../http';
import type { Precomputation } from '../functions/precomputations';
import type { Handler, SiteContext } from './context';

const ORDER_FIELDS = ['functionKey', 'used', 'created', 'updated'] as const;

/** "This API is only accessible to apps and apps can only inspect their own functions." */
function appOnly(ctx: SiteContext, accountId: string | undefined) {
  if (accountId !== undefined || !ctx.store.data.app) {
    return ok(
      { errorMessages: ['Only the app that provides the function can access its precomputations.'] },
      403,
    );
  }
  return undefined;
}

function integer(value: string | null, fallback: number, name: string): number {
  if (value === null || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new BadRequest(`The '${name}' parameter must be a non-negative integer.`);
  return n;
}

/** GET /rest/api/3/jql/function/computation: a page of the app's precomputations. */
export const getPrecomputations: Handler = (ctx, request) => {
  const refused = appOnly(ctx, request.accountId);
  if (refused) return refused;
  try {
    const keys = request.query.getAll('functionKey').filter(Boolean);
    const startAt = integer(request.query.get('startAt'), 0, 'startAt');
    const maxResults = Math.min(integer(request.query.get('maxResults'), 100, 'maxResults'), 100);
    const orderBy = request.query.get('orderBy');
    const field = orderBy?.replace(/^[-+]/, '') as (typeof ORDER_FIELDS)[number] | undefined;
    if (field && !ORDER_FIELDS.includes(field)) return jiraError(400, `Cannot order by '${orderBy}'.`);
    let all = ctx.functions.all().filter((p) => keys.length === 0 || keys.includes(p.functionKey));
    if (field) {
      const sign = orderBy!.startsWith('-') ? -1 : 1;
      all = [...all].sort((a, b) => sign * String(a[field]).localeCompare(String(b[field])));
    }
    const values = all.slice(startAt, startAt + maxResults).map((p): Precomputation => ({ ...p }));
    return ok({ isLast: startAt + maxResults >= all.length, maxResults, startAt, total: all.length, values });
  } catch (error) {
    if (error instanceof BadRequest) return jiraError(400, error.message);
    throw error;
  }
};

/** POST /rest/api/3/jql/function/computation: the app replaces stored fragments (or errors). */
export const updatePrecomputations: Handler = (ctx, request) => {
  const refused = appOnly(ctx, request.accountId);
  if (refused) return refused;
  const body = request.body;
  if (!isRecord(body) || !Array.isArray(body.values))
    return jiraError(400, "The request body must hold 'values'.");
  const skipMissing = request.query.get('skipNotFoundPrecomputations') === 'true';
  const changes: { target: Precomputation; value?: string; error?: string }[] = [];
  const missing: string[] = [];
  for (const entry of body.values) {
    if (!isRecord(entry) || typeof entry.id !== 'string') return jiraError(400, "Each value needs an 'id'.");
    const target = ctx.functions.byId(entry.id);
    if (!target) {
      missing.push(entry.id);
      continue;
    }
    const value = typeof entry.value === 'string' ? entry.value : undefined;
    const error = typeof entry.error === 'string' ? entry.error : undefined;
    changes.push({ target, value, error });
  }
  if (missing.length > 0 && !skipMissing) {
    // This operation's error bean has no `errors` map (JqlFunctionPrecomputationUpdateErrorResponse).
    return ok(
      { errorMessages: ['Some precomputations were not found.'], notFoundPrecomputationIDs: missing },
      404,
    );
  }
  for (const { target, value, error } of changes) ctx.functions.update(target, { value, error });
  return missing.length > 0 ? ok({ notFoundPrecomputationIDs: missing }) : noContent();
};
