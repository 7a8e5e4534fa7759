import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '../contract';
import { AUDIT_ENTITY, AUDIT_INDEX } from './layout';
import { queryAll } from './paging';

/** An audit entry ready to be written in the same transaction as the change it records. */
export interface PendingAudit {
  entry: AuditEntry;
  /** Range value of the `by-entity` index: time, then event number. */
  seq: string;
}

export interface AuditFacts {
  type: AuditEntry['entityType'];
  id: string;
  /**
   * The record's version after the change (a delete counts one past the last version), so two
   * changes in the same millisecond still list in the order they happened.
   */
  event: number;
  action: AuditEntry['action'];
  accountId: string | null;
  changes: AuditEntry['changes'];
  summary: string;
}

function entityKey(type: AuditEntry['entityType'], id: string): string {
  return `${type}:${id}`;
}

export function pendingAudit(at: string, facts: AuditFacts): PendingAudit {
  const seq = `${at}#${String(facts.event).padStart(10, '0')}`;
  // The random tail keeps keys unique when a record is deleted and created again in one millisecond.
  const id = `${entityKey(facts.type, facts.id)}#${seq}#${randomUUID().slice(0, 8)}`;
  const { type, id: entityId, action, accountId, summary } = facts;
  // JSON has no undefined: a field that did not exist before (or after) is stored as null.
  const changes = Object.fromEntries(
    Object.entries(facts.changes).map(([field, [before, after]]) => [field, [before ?? null, after ?? null]]),
  ) as AuditEntry['changes'];
  return { seq, entry: { id, entityType: type, entityId, action, accountId, at, changes, summary } };
}

export function auditValue(audit: PendingAudit): Record<string, unknown> {
  return {
    entityKey: entityKey(audit.entry.entityType, audit.entry.entityId),
    seq: audit.seq,
    record: audit.entry,
  };
}

/** One record's history, newest first (at most `max` entries, default 200). */
export async function listAudit(
  type: AuditEntry['entityType'],
  id: string,
  max = 200,
): Promise<AuditEntry[]> {
  const values = await queryAll<AuditEntry>({
    entity: AUDIT_ENTITY,
    index: AUDIT_INDEX,
    partition: [entityKey(type, id)],
    descending: true,
    max,
  });
  return values.map((v) => v.record);
}
