import {
  api,
  AppFailure,
  bounded,
  validationError,
  type AppError,
  type Output,
  type ParsedInput,
  type ResolverKey,
  type Result,
} from '../contract';

/** The extension context Jira gives the calling module; the project or issue comes from here. */
interface ExtensionContext {
  type: string;
  project?: { id: string; key: string; type?: string };
  issue?: { id: string; key: string; type?: string; typeId?: string };
}

/** What every resolver learns of its caller: only from the Forge runtime, never the payload. */
export interface Caller {
  accountId: string;
  extension: ExtensionContext;
}

export type ResolverHandler<K extends ResolverKey, A = undefined> = (
  input: ParsedInput<K>,
  caller: Caller,
  authorized: A,
) => Promise<Output<K>>;

/** The request @forge/resolver hands a definition. */
interface ResolverRequest {
  payload: unknown;
  context: { accountId?: string; extension?: ExtensionContext };
}

const unexpected: AppError = {
  code: 'UNAVAILABLE',
  message:
    'Market Layer could not complete this request. Try again; if it keeps failing, tell your Jira administrator.',
};

/**
 * authorize → validate → act → map errors, for one resolver key. `authorize`, when given, runs
 * before the payload is even parsed (a key only some may call: someone who may not call it
 * learns nothing of the contract and cannot make the app work on a large payload); what it
 * returns goes to the handler. Keys anyone may call validate first and authorize in the handler,
 * where what they touch is known. Failures travel as data (`{ok:false,error}`) because the bridge
 * drops a thrown error's details; every failure's field errors are bounded (`bounded`).
 */
export function define<K extends ResolverKey, A = undefined>(
  key: K,
  handler: ResolverHandler<K, A>,
  authorize?: (caller: Caller) => Promise<A>,
) {
  return async (request: ResolverRequest): Promise<Result<Output<K>>> => {
    const accountId = request.context.accountId;
    // Anonymous callers get nothing: the app has no public data.
    if (!accountId)
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Log in to Jira to use Market Layer.' } };
    const caller = { accountId, extension: request.context.extension ?? { type: 'unknown' } };
    try {
      const authorized = (await authorize?.(caller)) as A;
      const parsed = api[key].input.safeParse(request.payload ?? {});
      if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
      const data = await handler(parsed.data as ParsedInput<K>, caller, authorized);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof AppFailure) return { ok: false, error: bounded(error.error) };
      // Never send raw error text to the client; keep it in the function log.
      console.error(`Resolver ${key} failed`, error);
      return { ok: false, error: unexpected };
    }
  };
}
