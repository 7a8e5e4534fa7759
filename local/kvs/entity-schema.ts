/** Custom entity declarations resolved for the emulator: attribute types and indexes. */
import { badRequest } from './errors';
import type { AttributeType, EntityDeclaration, SqlValue } from './types';

/** Forge reserves `by-key`: every entity can be queried by key without declaring it. */
export const BY_KEY_INDEX = 'by-key';

interface ResolvedIndex {
  name: string;
  partition: string[];
  range: string;
}

export interface ResolvedEntity {
  name: string;
  attributes: Map<string, AttributeType>;
  indexes: Map<string, ResolvedIndex>;
}

/** Index entry of one stored value: partition values (JSON) and the range value. */
export interface IndexEntry {
  index: string;
  partition: string;
  range: SqlValue;
}

// https://developer.atlassian.com/platform/forge/runtime-reference/custom-entities (indexes);
// @forge/manifest allows at most 7 indexes and reserves `by-key`.
const MAX_INDEXES = 7;

export function resolveEntities(declarations: EntityDeclaration[]): Map<string, ResolvedEntity> {
  const resolved = new Map<string, ResolvedEntity>();
  for (const declaration of declarations) {
    if (resolved.has(declaration.name)) throw new Error(`Duplicate entity '${declaration.name}' in manifest`);
    resolved.set(declaration.name, resolveEntity(declaration));
  }
  return resolved;
}

function resolveEntity(declaration: EntityDeclaration): ResolvedEntity {
  const attributes = new Map(Object.entries(declaration.attributes).map(([name, a]) => [name, a.type]));
  if (declaration.indexes.length > MAX_INDEXES) {
    throw new Error(`Entity '${declaration.name}' declares more than ${MAX_INDEXES} indexes`);
  }
  const indexes = new Map<string, ResolvedIndex>();
  for (const raw of declaration.indexes) {
    const index = typeof raw === 'string' ? { name: raw, partition: [], range: [raw] } : raw;
    if (index.name === BY_KEY_INDEX)
      throw new Error(`Entity '${declaration.name}' cannot use reserved index name '${BY_KEY_INDEX}'`);
    if (index.range.length !== 1)
      throw new Error(`Index '${index.name}' of '${declaration.name}' needs exactly one range attribute`);
    const partition = index.partition ?? [];
    for (const attribute of [...partition, ...index.range]) {
      if (!attributes.has(attribute))
        throw new Error(
          `Index '${index.name}' of '${declaration.name}' refers to unknown attribute '${attribute}'`,
        );
    }
    indexes.set(index.name, { name: index.name, partition, range: index.range[0] });
  }
  return { name: declaration.name, attributes, indexes };
}

// Stored entity values must match the declared types; integers are 32-bit, floats 0 or within
// Forge's documented range. https://developer.atlassian.com/platform/forge/runtime-reference/custom-entities
const INT32 = { min: -2147483648, max: 2147483647 };
// Documented as 1E-130 to 9.9999999999999999999999999999999999999E+125, i.e. below 1E+126.
const FLOAT_MAGNITUDE = { min: 1e-130, below: 1e126 };

export function matchesType(type: AttributeType, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return Number.isInteger(value) && (value as number) >= INT32.min && (value as number) <= INT32.max;
    case 'float': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return false;
      const magnitude = Math.abs(value);
      return magnitude === 0 || (magnitude >= FLOAT_MAGNITUDE.min && magnitude < FLOAT_MAGNITUDE.below);
    }
    case 'any':
      return true;
  }
}

/** INVALID_ENTITY_VALUE: https://developer.atlassian.com/platform/forge/storage-reference/handling-errors-customentities */
export function validateEntityValue(entity: ResolvedEntity, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest(
      'INVALID_ENTITY_VALUE',
      `A value of entity '${entity.name}' must be an object of its declared attributes.`,
    );
  }
  const record = value as Record<string, unknown>;
  for (const [attribute, attributeValue] of Object.entries(record)) {
    const type = entity.attributes.get(attribute);
    if (!type) {
      throw badRequest(
        'INVALID_ENTITY_VALUE',
        `Attribute '${attribute}' is not declared for entity '${entity.name}'.`,
      );
    }
    if (!matchesType(type, attributeValue)) {
      throw badRequest(
        'INVALID_ENTITY_VALUE',
        `Attribute '${attribute}' of entity '${entity.name}' must be of type ${type}.`,
      );
    }
  }
  return record;
}

/** SQLite has no boolean; JSON1 reports true/false as 1/0, so index and filters agree. */
export function toSqlValue(value: unknown): SqlValue {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' || typeof value === 'number') return value;
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** Partition values as stored and looked up: a JSON array in declared order. */
export function partitionKey(values: unknown[]): string {
  return JSON.stringify(values.map(toSqlValue));
}

/** A value with a missing partition or range attribute is not in that index (sparse index). */
export function indexEntriesFor(entity: ResolvedEntity, value: Record<string, unknown>): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (const index of entity.indexes.values()) {
    const attributes = [...index.partition, index.range];
    if (attributes.some((a) => value[a] === undefined)) continue;
    entries.push({
      index: index.name,
      partition: partitionKey(index.partition.map((a) => value[a])),
      range: toSqlValue(value[index.range]),
    });
  }
  return entries;
}
