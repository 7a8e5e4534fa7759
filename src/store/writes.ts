import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { AppFailure, fail } from '../contract';
import { auditValue, type PendingAudit } from './audit';
import { kvsCall } from './kvs-call';
import { AUDIT_ENTITY, storedValue, type EntitySpec } from './layout';
import { planReadModel, type RecordChange } from './read-model/plan';
import type { WriteState } from './read-model/shards';

/**
 * A KVS transaction holds at most 25 operations (checks included):
 * https://developer.atlassian.com/platform/forge/storage-reference/transactions
 */
export const MAX_OPERATIONS = 25;

/** What the stored value must be for the write to go ahead; 'any' only for the import. */
export type Expectation = { version: number } | 'absent' | 'present' | 'any';

type StoredValue = Record<string, unknown>;
type Condition = ReturnType<Filter<StoredValue>['and']>;

export interface Operation {
  kind: 'set' | 'delete' | 'check';
  entity: string;
  key: string;
  value?: StoredValue;
  expect: Expectation;
  /** Forge deletes the value this long after the write (job records: history, not data). */
  expireAfterDays?: number;
}

const READ_MODEL_TYPES = new Set<string>(['market', 'priority', 'solution', 'contribution', 'product']);
/**
 * A shard written by someone else meanwhile: re-plan from fresh reads and try again, after a
 * short random pause so that changes racing for one hot shard (a busy product) spread out.
 */
const READ_MODEL_ATTEMPTS = 10;
const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));

/**
 * The writes of one change, committed as ONE kvs transaction: every record write is conditional
 * on the version the change was computed from, so a stale change writes nothing at all. The read
 * model's shards that the change moves are written in the same transaction (`readModel: 'same'`),
 * or left to the caller (`'caller'`: bulk snapshot refreshes and the import update it once for
 * many transactions).
 */
export class Writes {
  private readonly operations: Operation[] = [];
  readonly changes: RecordChange[] = [];

  constructor(private readonly readModel: 'same' | 'caller' = 'same') {}

  /** `before`: the stored record being replaced, when the caller has it (it tells where an epic moved from). */
  put<T extends { version: number }>(
    spec: EntitySpec<T>,
    record: T,
    expect: Expectation,
    before: T | null = null,
  ): this {
    const value = storedValue(spec, record);
    const key = spec.key(record);
    this.operations.push({ kind: 'set', entity: spec.entity, key, value, expect });
    this.track(spec, key, record, before);
    return this;
  }

  remove<T extends { version: number }>(spec: EntitySpec<T>, record: T, expect?: Expectation): this {
    const expected = expect ?? { version: record.version };
    const key = spec.key(record);
    this.operations.push({ kind: 'delete', entity: spec.entity, key, expect: expected });
    this.track(spec, key, null, record);
    return this;
  }

  private track<T>(spec: EntitySpec<T>, id: string, after: T | null, before: T | null): void {
    if (READ_MODEL_TYPES.has(spec.type))
      this.changes.push({ type: spec.type, id, after, before } as unknown as RecordChange);
  }

  /**
   * Fails the transaction unless the record exists (e.g. the market a new priority belongs to),
   * at `version` when given: the version read when the change was checked, so a record marked for
   * deletion (which bumps it) meanwhile fails the change instead of gaining an orphan.
   */
  requireExisting(entity: string, key: string, version?: number): this {
    this.operations.push({
      kind: 'check',
      entity,
      key,
      expect: version === undefined ? 'present' : { version },
    });
    return this;
  }

  /** Any other write in the same transaction (the job record a background delete starts with). */
  also(operation: Operation): this {
    this.operations.push(operation);
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

  /**
   * Callers check `size` first with a message that fits their change; this is the safety net.
   * `prefetched`: read-model values the caller read in its own batch, used by the first attempt
   * only (a re-plan reads afresh: planning edits them).
   */
  async commit(conflictMessage: string, prefetched?: WriteState): Promise<void> {
    if (this.operations.length === 0) return;
    if (this.readModel === 'caller' || this.changes.length === 0)
      return execute(this.operations, conflictMessage);
    for (let attempt = 1; ; attempt++) {
      const readModel = await planReadModel(this.changes, 'pending', attempt === 1 ? prefetched : undefined);
      try {
        return await execute([...this.operations, ...readModel], conflictMessage);
      } catch (error) {
        // A record condition that failed fails again on every attempt: only the shards can race.
        if (
          !(error instanceof AppFailure && error.error.code === 'CONFLICT') ||
          attempt >= READ_MODEL_ATTEMPTS
        )
          throw error;
        await pause(attempt);
      }
    }
  }
}

/** ONE kvs transaction of these operations. */
export async function execute(operations: readonly Operation[], conflictMessage: string): Promise<void> {
  if (operations.length > MAX_OPERATIONS) {
    fail(
      'LIMIT',
      `This change needs ${operations.length} storage operations; Forge allows ${MAX_OPERATIONS} in one. Nothing was changed.`,
    );
  }
  const tx = kvs.transact();
  for (const op of operations) {
    const entity = { entityName: op.entity, conditions: condition(op.expect) };
    if (op.kind === 'set')
      tx.set<StoredValue>(
        op.key,
        op.value ?? {},
        entity,
        op.expireAfterDays ? { ttl: { value: op.expireAfterDays, unit: 'DAYS' } } : undefined,
      );
    if (op.kind === 'delete') tx.delete<StoredValue>(op.key, entity);
    if (op.kind === 'check')
      tx.check<StoredValue>(op.key, { ...entity, conditions: entity.conditions ?? present() });
  }
  await kvsCall(() => tx.execute(), conflictMessage);
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
