/** Row-level access to the `item` table; expired rows read as absent, as Forge's TTL does. */
import type { Db } from './schema';
import type { StoredRow } from './types';

const COLUMNS = 'key, value, created_at, updated_at, expire_at';
const LIVE = '(expire_at IS NULL OR expire_at > @now)';

export class ItemStore {
  private readonly selectOne;
  private readonly upsert;
  private readonly deleteOne;
  private readonly selectRange;
  private readonly selectNamespace;

  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {
    this.selectOne = db.prepare<{ ns: string; key: string; now: number }, StoredRow>(
      `SELECT ${COLUMNS} FROM item WHERE namespace = @ns AND key = @key AND ${LIVE}`,
    );
    this.upsert = db.prepare(
      `INSERT INTO item (namespace, key, value, created_at, updated_at, expire_at)
       VALUES (@ns, @key, @value, @createdAt, @updatedAt, @expireAt)
       ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value,
         created_at = excluded.created_at, updated_at = excluded.updated_at, expire_at = excluded.expire_at`,
    );
    this.deleteOne = db.prepare('DELETE FROM item WHERE namespace = @ns AND key = @key');
    // Prefix pages walk the (namespace, key) primary key: `key >= prefix AND key < prefix + U+10FFFF`.
    this.selectRange = db.prepare<
      { ns: string; from: string; to: string; after: string; now: number; limit: number },
      StoredRow
    >(
      `SELECT ${COLUMNS} FROM item WHERE namespace = @ns AND key >= @from AND key < @to AND key > @after
       AND ${LIVE} ORDER BY key LIMIT @limit`,
    );
    this.selectNamespace = db.prepare<{ ns: string; now: number }, StoredRow>(
      `SELECT ${COLUMNS} FROM item WHERE namespace = @ns AND ${LIVE} ORDER BY key`,
    );
  }

  get(ns: string, key: string): StoredRow | undefined {
    return this.selectOne.get({ ns, key, now: this.now() });
  }

  /** Writes a value; a key whose previous value expired starts afresh (new createdAt). */
  put(
    ns: string,
    key: string,
    value: string,
    expireAt: number | null,
  ): { previous?: StoredRow; current: StoredRow } {
    const previous = this.get(ns, key);
    const now = this.now();
    const current: StoredRow = {
      key,
      value,
      created_at: previous?.created_at ?? now,
      updated_at: now,
      expire_at: expireAt,
    };
    this.upsert.run({ ns, key, value, createdAt: current.created_at, updatedAt: now, expireAt });
    return { previous, current };
  }

  remove(ns: string, key: string): StoredRow | undefined {
    const previous = this.get(ns, key);
    this.deleteOne.run({ ns, key });
    return previous;
  }

  /** Keys starting with `prefix`, after `after`, in key order. */
  page(ns: string, prefix: string, after: string, limit: number): StoredRow[] {
    return this.selectRange.all({
      ns,
      from: prefix,
      to: `${prefix}\u{10FFFF}`,
      after,
      now: this.now(),
      limit,
    });
  }

  all(ns: string): StoredRow[] {
    return this.selectNamespace.all({ ns, now: this.now() });
  }

  /** Namespaces holding live values, for `dump()`. */
  namespaces(): string[] {
    const rows = this.db
      .prepare<{ now: number }, { namespace: string }>(
        `SELECT DISTINCT namespace FROM item WHERE ${LIVE} ORDER BY namespace`,
      )
      .all({ now: this.now() });
    return rows.map((r) => r.namespace);
  }
}
