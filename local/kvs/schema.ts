/** The SQLite schema behind the emulator. */
import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * `item` holds every stored value: KVS keys (namespace `kv`), secrets (`secret`) and entity
 * values (`entity:<name>`). `entity_index_entry` holds one row per (entity, index, partition,
 * range value, key); `idx_entity_index_lookup` is the index every indexed query searches, so no
 * query scans all rows. Times are epoch milliseconds.
 */
const DDL = `
CREATE TABLE IF NOT EXISTS item (
  namespace TEXT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  expire_at INTEGER,
  PRIMARY KEY (namespace, key)
);
CREATE TABLE IF NOT EXISTS entity_index_entry (
  entity TEXT NOT NULL,
  index_name TEXT NOT NULL,
  partition TEXT NOT NULL,
  range_value,
  key TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS idx_entity_index_lookup
  ON entity_index_entry (entity, index_name, partition, range_value, key);
CREATE INDEX IF NOT EXISTS idx_entity_index_by_key ON entity_index_entry (entity, key);
`;

export function openDatabase(filename: string): Db {
  const db = new Database(filename);
  if (filename !== ':memory:') db.pragma('journal_mode = WAL');
  db.exec(DDL);
  return db;
}
