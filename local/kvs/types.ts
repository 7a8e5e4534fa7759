/** Shapes shared by the KVS emulator's modules. */

/** Attribute types a Forge custom entity may declare (manifest `app.storage.entities`). */
export type AttributeType = 'string' | 'integer' | 'float' | 'boolean' | 'any';

/** A named index as the manifest declares it; a bare string `attr` means `{ name: attr, range: [attr] }`. */
export interface IndexDeclaration {
  name: string;
  partition?: string[];
  range: string[];
}

/** One custom entity from manifest.yml. */
export interface EntityDeclaration {
  name: string;
  attributes: Record<string, { type: AttributeType }>;
  indexes: (string | IndexDeclaration)[];
}

/** One stored value with its metadata, as `dump()` shows it. */
export interface StoredItemSnapshot {
  value: unknown;
  createdAt: number;
  updatedAt: number;
  expireTime?: string;
}

/** Everything stored, keyed and sorted for deterministic before/after comparisons. */
export interface KvsSnapshot {
  kv: Record<string, StoredItemSnapshot>;
  secrets: Record<string, StoredItemSnapshot>;
  entities: Record<string, Record<string, StoredItemSnapshot>>;
}

/** A row of the `item` table. Times are epoch milliseconds. */
export interface StoredRow {
  key: string;
  value: string;
  created_at: number;
  updated_at: number;
  expire_at: number | null;
}

/** A value SQLite can bind (booleans are stored as 0/1, as JSON1 reports them). */
export type SqlValue = string | number | null;
