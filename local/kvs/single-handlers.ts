/** /get, /set, /delete for KVS keys, secrets and entities. */
import type { EmulatorResponse } from '../types';
import type { KvsContext, Space } from './context';
import { invalidBody, keyNotFound } from './errors';
import { deleteItem, readItem, toWireItem, writeItem } from './item-ops';
import { asRecord, metadataFieldsOf, optionalRecord } from './request';
import { noContent, ok } from './responses';

export function handleGet(ctx: KvsContext, space: Space, body: unknown): EmulatorResponse {
  const request = asRecord(body);
  const row = readItem(ctx, space, request.key);
  if (!row) throw keyNotFound();
  return ok({ ...toWireItem(row), ...(space.entity && { entityName: space.entity.name }) });
}

/**
 * With `returnValue` the answer carries the PREVIOUS or LATEST value and the requested
 * `returnMetadataFields`; PREVIOUS on a new key answers 204, which the SDK reads as undefined.
 */
export function handleSet(ctx: KvsContext, space: Space, body: unknown): EmulatorResponse {
  const request = asRecord(body);
  const options = optionalRecord(request.options, 'options');
  const returnValue = options?.returnValue;
  if (returnValue !== undefined && returnValue !== 'PREVIOUS' && returnValue !== 'LATEST') {
    throw invalidBody('returnValue must be PREVIOUS or LATEST.');
  }
  if (returnValue !== undefined && options?.keyPolicy !== 'OVERRIDE') {
    throw invalidBody('returnValue requires keyPolicy OVERRIDE.');
  }
  const { previous, current } = writeItem(ctx, space, request.key, request.value, options);
  if (returnValue === undefined) return noContent();
  const row = returnValue === 'PREVIOUS' ? previous : current;
  if (!row) return noContent();
  return ok(toWireItem(row, metadataFieldsOf(options, 'returnMetadataFields')));
}

/** Deleting succeeds whether or not the key exists, as Forge documents for deletes. */
export function handleDelete(ctx: KvsContext, space: Space, body: unknown): EmulatorResponse {
  const request = asRecord(body);
  deleteItem(ctx, space, request.key);
  return noContent();
}
