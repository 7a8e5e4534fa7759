import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { fail } from '../contract';
import { auditValue, type PendingAudit } from './audit';
import { kvsCall } from './kvs-call';
import { AUDIT_ENTITY, storedValue, type EntitySpec } from './layout';

/**
 * A KVS transaction holds at most 25 operations (checks included):
 * https://developer.atlassian.com/platform/forge/storage-reference/transactions
 */
export const MAX_OPERATIONS = 25;

/** What the stored value must be for the write to go ahead; 'any' only for the import. */
export type Expectation = { version: number } | 'absent' | 'present' | 'any';

type StoredValue = Record<string, unknown>;
type Condition = ReturnType<Filter<StoredValue>['and']>;

interface Operation {
  kind: 'set' | 'delete' | 'check';
  entity: string;
  key: string;
  value?: StoredValue;
  expect: Expectation;
}

/**
 * The writes of one change, committed as ONE kvs transaction: every record write is conditional
 * on the version the change was computed from, so a stale change writes nothing at all.
 */
export class Writes {
  private readonly operations: Operation[] = [];

  put<T extends { version: number }>(spec: EntitySpec<T>, record: T, expect: Expectation): this {
    const value = storedValue(spec, record);
    this.operations.push({ kind: 'set', entity: spec.entity, key: spec.key(record), value, expect });
    return this;
  }

  remove<T extends { version: number }>(spec: EntitySpec<T>, record: T, expect?: Expectation): this {
    const expected = expect ?? { version: record.version };
    this.operations.push({ kind: 'delete', entity: spec.entity, key: spec.key(record), expect: expected });
    return this;
  }

  /** Fails the transaction unless the record exists (e.g. the market a new priority belongs to). */
  requireExisting(entity: string, key: string): this {
    this.operations.push({ kind: 'check', entity, key, expect: 'present' });
    return this;
  }

  audit(audit: PendingAudit): this {
    this.operations.push({
      kind: 'set',
      entity: AUDIT_ENTITY,
      key: audit.entry.id,
      value: auditValue(audit),
      expect: 'any',
    });
    return this;
  }

  get size(): number {
    return this.operations.length;
  }

  /** Callers check `size` first with a message that fits their change; this is the safety net. */
  async commit(conflictMessage: string): Promise<void> {
    if (this.operations.length === 0) return;
    if (this.operations.length > MAX_OPERATIONS) {
      fail(
        'LIMIT',
        `This change needs ${this.operations.length} storage operations; Forge allows ${MAX_OPERATIONS} in one. Nothing was changed.`,
      );
    }
    const tx = kvs.transact();
    for (const op of this.operations) {
      const entity = { entityName: op.entity, conditions: condition(op.expect) };
      if (op.kind === 'set') tx.set<StoredValue>(op.key, op.value ?? {}, entity);
      if (op.kind === 'delete') tx.delete<StoredValue>(op.key, entity);
      if (op.kind === 'check')
        tx.check<StoredValue>(op.key, { ...entity, conditions: entity.conditions ?? present() });
    }
    await kvsCall(() => tx.execute(), conflictMessage);
  }
}

function condition(expect: Expectation): Condition | undefined {
  if (expect === 'any') return undefined;
  if (expect === 'absent') return new Filter<StoredValue>().and('version', FilterConditions.notExists());
  if (expect === 'present') return present();
  return new Filter<StoredValue>().and('version', FilterConditions.equalTo(expect.version));
}

function present(): Condition {
  return new Filter<StoredValue>().and('version', FilterConditions.exists());
}
