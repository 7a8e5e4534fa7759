/**
 * Errors the emulator answers with. Forge sends non-2xx responses as `{ code, message }`
 * (https://developer.atlassian.com/platform/forge/storage-reference/handling-errors-kvs), which
 * `@forge/kvs` turns into a `ForgeKvsAPIError` carrying that code.
 */
export class KvsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'KvsError';
  }
}

/** 400 with a specific code, the status Forge uses for every validation error. */
export function badRequest(code: string, message: string): KvsError {
  return new KvsError(400, code, message);
}

/** A malformed request body: the generic code the SDK's own tests show Forge returning. */
export function invalidBody(message: string): KvsError {
  return badRequest('BAD_REQUEST', message);
}

/**
 * A missing key. `@forge/kvs` (storage-api.js, handleKeyNotFound) maps exactly this code to
 * `undefined` for get/delete, so the status and code must match.
 */
export function keyNotFound(): KvsError {
  return new KvsError(404, 'KEY_NOT_FOUND', 'Provided key does not exist');
}
