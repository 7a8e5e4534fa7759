import type { z } from 'zod';
import { fail, validationError } from '../contract';
import { changedFields } from '../domain';
import { pendingAudit } from './audit';
import type { StoreContext } from './context';
import type { EntitySpec } from './layout';
import { requireRecord } from './reads';
import { MAX_OPERATIONS, Writes } from './writes';

/** Bookkeeping every stored record carries (contract `stored` fields). */
export interface Versioned {
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

export type Editable<T> = Partial<Omit<T, keyof Versioned | 'id'>>;

export interface RecordRules<T extends Versioned> {
  spec: EntitySpec<T>;
  schema: z.ZodType<T>;
  /** What a person calls it: "market", "business priority". */
  what: string;
  /** Fails when a record this one refers to is gone, and adds transaction checks where they fit. */
  guardReferences?(record: T, before: T | null, writes: Writes): Promise<void>;
}

/**
 * A record a background delete has marked takes no edits and no new references; marking bumps
 * its version, so a change checked before the mark fails on its version condition instead.
 * CONFLICT either way (someone else's change is under way); `fieldsFor` names the payload field
 * that chose it, when it is a reference.
 */
export function refuseIfDeleting(label: string, record: object, fieldsFor?: string): void {
  if (!('deleting' in record) || !record.deleting) return;
  const message = `${label.charAt(0).toUpperCase()}${label.slice(1)} is being deleted (in the background, with what depends on it), so it can no longer be changed or chosen.`;
  fail(
    'CONFLICT',
    message,
    fieldsFor ? { fields: { [fieldsFor]: `${label} is being deleted; choose another` } } : {},
  );
}

export function staleMessage(label: string): string {
  return `Someone else changed ${label} since you loaded it. Reload to see their change, then make yours again.`;
}

/** The contract schema is the last word on what may be stored. */
export function validated<T>(schema: z.ZodType<T>, candidate: unknown): T {
  const parsed = schema.safeParse(candidate);
  if (!parsed.success) throw failure(validationError(parsed.error));
  return parsed.data;
}

function failure(error: ReturnType<typeof validationError>): never {
  return fail(error.code, error.message, { fields: error.fields });
}

export async function createRecord<T extends Versioned>(
  ctx: StoreContext,
  rules: RecordRules<T>,
  fields: Omit<T, keyof Versioned>,
  accountId: string,
  options: { action?: 'create' | 'link'; conflictMessage?: string; at?: string } = {},
): Promise<T> {
  const action = options.action ?? 'create';
  const at = options.at ?? ctx.stamp();
  const record = validated(rules.schema, {
    ...fields,
    version: 1,
    createdAt: at,
    updatedAt: at,
    updatedBy: accountId,
  });
  const label = rules.spec.label(record);
  const writes = new Writes().put(rules.spec, record, 'absent');
  await rules.guardReferences?.(record, null, writes);
  const summary = `${action === 'link' ? 'Linked' : 'Created'} ${label}`;
  writes.audit(
    pendingAudit(at, audit(rules.spec, record, 1, action, accountId, changedFields(null, record), summary)),
  );
  await writes.commit(
    `${label} already exists or something it refers to was just deleted. Reload and try again.`,
  );
  return record;
}

export async function updateRecord<T extends Versioned>(
  ctx: StoreContext,
  rules: RecordRules<T>,
  key: string,
  version: number,
  changes: Editable<T>,
  accountId: string,
): Promise<T> {
  const current = await requireRecord(rules.spec, key, rules.what);
  refuseIfDeleting(rules.spec.label(current), current);
  if (current.version !== version) fail('CONFLICT', staleMessage(rules.spec.label(current)));
  const at = ctx.stamp();
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  const next = validated(rules.schema, {
    ...current,
    ...defined,
    version: version + 1,
    updatedAt: at,
    updatedBy: accountId,
  });
  const diff = changedFields(current, next);
  if (Object.keys(diff).length === 0) return current;
  const writes = new Writes().put(rules.spec, next, { version }, current);
  await rules.guardReferences?.(next, current, writes);
  const summary = `Updated ${rules.spec.label(next)}: ${Object.keys(diff).join(', ')}`;
  writes.audit(pendingAudit(at, audit(rules.spec, next, next.version, 'update', accountId, diff, summary)));
  await writes.commit(staleMessage(rules.spec.label(current)));
  return next;
}

export function audit<T>(
  spec: EntitySpec<T>,
  record: T,
  event: number,
  action: Parameters<typeof pendingAudit>[1]['action'],
  accountId: string | null,
  changes: Record<string, [unknown, unknown]>,
  summary: string,
) {
  return { type: spec.type, id: spec.key(record), event, action, accountId, changes, summary };
}

/**
 * Adds checks that referenced records still exist at the version read, only while the
 * transaction still has room.
 */
export function checkIfRoom(
  writes: Writes,
  entity: string,
  records: readonly { id: string; version: number }[],
): void {
  // Reserve one operation for the audit entry written after the guard.
  if (writes.size + records.length + 1 > MAX_OPERATIONS) return;
  for (const r of records) writes.requireExisting(entity, r.id, r.version);
}
