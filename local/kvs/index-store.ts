/** Keeps `entity_index_entry` in step with stored entity values. */
import type { Db } from './schema';
import type { IndexEntry } from './entity-schema';

export class IndexStore {
  private readonly insert;
  private readonly deleteForKey;

  constructor(private readonly db: Db) {
    this.insert = db.prepare(
      'INSERT INTO entity_index_entry (entity, index_name, partition, range_value, key) VALUES (?, ?, ?, ?, ?)',
    );
    this.deleteForKey = db.prepare('DELETE FROM entity_index_entry WHERE entity = ? AND key = ?');
  }

  replace(entity: string, key: string, entries: IndexEntry[]): void {
    this.deleteForKey.run(entity, key);
    for (const entry of entries) this.insert.run(entity, entry.index, entry.partition, entry.range, key);
  }

  remove(entity: string, key: string): void {
    this.deleteForKey.run(entity, key);
  }

  /** Drops every entry, so indexes can be rebuilt after the manifest's declarations change. */
  clear(): void {
    this.db.exec('DELETE FROM entity_index_entry');
  }
}
