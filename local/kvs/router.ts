/** Maps the paths `@forge/kvs` POSTs to (storage-api.js) onto handlers; errors become `{ code, message }`. */
import type { EmulatorResponse } from '../types';
import { handleBatchDelete, handleBatchGet, handleBatchSet } from './batch';
import { entitySpace, KV_SPACE, SECRET_SPACE, type KvsContext } from './context';
import { handleEntityQuery } from './entity-query';
import { KvsError } from './errors';
import { handleKvsQuery } from './kvs-query';
import { asRecord } from './request';
import { handleDelete, handleGet, handleSet } from './single-handlers';
import { handleTransaction } from './transaction';

type Handler = (ctx: KvsContext, body: unknown) => EmulatorResponse;

const entity =
  (handler: typeof handleGet): Handler =>
  (ctx, body) =>
    handler(ctx, entitySpace(ctx, asRecord(body).entityName), body);

const ROUTES: Record<string, Handler> = {
  '/api/v1/get': (ctx, body) => handleGet(ctx, KV_SPACE, body),
  '/api/v1/set': (ctx, body) => handleSet(ctx, KV_SPACE, body),
  '/api/v1/delete': (ctx, body) => handleDelete(ctx, KV_SPACE, body),
  '/api/v1/query': handleKvsQuery,
  '/api/v1/secret/get': (ctx, body) => handleGet(ctx, SECRET_SPACE, body),
  '/api/v1/secret/set': (ctx, body) => handleSet(ctx, SECRET_SPACE, body),
  '/api/v1/secret/delete': (ctx, body) => handleDelete(ctx, SECRET_SPACE, body),
  '/api/v1/entity/get': entity(handleGet),
  '/api/v1/entity/set': entity(handleSet),
  '/api/v1/entity/delete': entity(handleDelete),
  '/api/v1/entity/query': handleEntityQuery,
  '/api/v1/batch/set': handleBatchSet,
  '/api/v1/batch/get': handleBatchGet,
  '/api/v1/batch/delete': handleBatchDelete,
  '/api/v1/transaction': handleTransaction,
};

export function route(ctx: KvsContext, path: string, body: unknown): EmulatorResponse {
  const handler = ROUTES[path.split('?')[0]];
  if (!handler) return errorResponse(new KvsError(404, 'NOT_FOUND', `No KVS operation at ${path}`));
  try {
    return handler(ctx, body);
  } catch (error) {
    if (error instanceof KvsError) return errorResponse(error);
    const message = error instanceof Error ? error.message : String(error);
    return errorResponse(new KvsError(500, 'INTERNAL_SERVER_ERROR', `KVS emulator failed: ${message}`));
  }
}

function errorResponse(error: KvsError): EmulatorResponse {
  return {
    status: error.status,
    headers: { 'content-type': 'application/json' },
    body: { code: error.code, message: error.message },
  };
}
