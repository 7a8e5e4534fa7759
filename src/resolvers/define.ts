import {
  api,
  AppFailure,
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

export type ResolverHandler<K extends ResolverKey> = (
  input: ParsedInput<K>,
  caller: Caller,
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
 * validate → authorize → act → map errors, for one resolver key. Failures travel as data
 * (`{ok:false,error}`) because the bridge drops a thrown error's details.
 */
export function define<K extends ResolverKey>(key: K, handler: ResolverHandler<K>) {
  return async (request: ResolverRequest): Promise<Result<Output<K>>> => {
    const accountId = request.context.accountId;
    // Anonymous callers get nothing: the app has no public data.
    if (!accountId)
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Log in to Jira to use Market Layer.' } };
    const parsed = api[key].input.safeParse(request.payload ?? {});
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
    try {
      const caller = { accountId, extension: request.context.extension ?? { type: 'unknown' } };
      const data = await handler(parsed.data as ParsedInput<K>, caller);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof AppFailure) return { ok: false, error: error.error };
      // Never send raw error text to the client; keep it in the function log.
      console.error(`Resolver ${key} failed`, error);
      return { ok: false, error: unexpected };
    }
  };
}
