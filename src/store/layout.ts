import type { AuditEntry, Contribution, Market, Priority, Product, Settings, Solution } from '../contract';

/**
 * How records sit in Forge custom entities (manifest.yml `app.storage.entities`): the whole
 * record in `record`, its version again as the integer attribute `version` (transaction
 * conditions can only compare declared attributes), and the attributes an index needs.
 * https://developer.atlassian.com/platform/forge/runtime-reference/custom-entities
 */
export type Stored<T> = { version: number; record: T } & { [attribute: string]: unknown };

type EntityType = AuditEntry['entityType'];

export interface EntitySpec<T> {
  /** Custom entity name in manifest.yml. */
  entity: string;
  type: EntityType;
  key(record: T): string;
  /** The index attributes written beside `record`. */
  attributes(record: T): Record<string, string>;
  /** An index without partition, to page through every record. */
  listIndex: string;
  /** How a person recognises the record in a message: `market “EMEA mid-market”`. */
  label(record: T): string;
}

export const marketSpec: EntitySpec<Market> = {
  entity: 'market',
  type: 'market',
  key: (m) => m.id,
  attributes: (m) => ({ name: m.name }),
  listIndex: 'name',
  label: (m) => `market “${m.name}”`,
};

export const prioritySpec: EntitySpec<Priority> = {
  entity: 'priority',
  type: 'priority',
  key: (p) => p.id,
  attributes: (p) => ({ marketId: p.marketId }),
  listIndex: 'marketId',
  label: (p) => `business priority “${p.title}”`,
};

export const solutionSpec: EntitySpec<Solution> = {
  entity: 'solution',
  type: 'solution',
  key: (s) => s.id,
  attributes: (s) => ({ name: s.name }),
  listIndex: 'name',
  label: (s) => `solution “${s.name}”`,
};

export const contributionSpec: EntitySpec<Contribution> = {
  entity: 'contribution',
  type: 'contribution',
  key: (c) => c.id,
  attributes: (c) => ({ solutionId: c.solutionId, epicId: c.epicId, projectId: c.projectId }),
  listIndex: 'solutionId',
  label: (c) => `contribution of ${c.epicKey}`,
};

export const productSpec: EntitySpec<Product> = {
  entity: 'product',
  type: 'product',
  key: (p) => p.projectId,
  attributes: (p) => ({ projectKey: p.projectKey }),
  listIndex: 'projectKey',
  label: (p) => `product ${p.projectKey}`,
};

/** The single settings record lives under this key. */
export const SETTINGS_KEY = 'settings';

export const settingsSpec: EntitySpec<Settings> = {
  entity: 'settings',
  type: 'settings',
  key: () => SETTINGS_KEY,
  attributes: () => ({}),
  listIndex: '',
  label: () => 'portfolio settings',
};

export const AUDIT_ENTITY = 'audit-entry';
export const AUDIT_INDEX = 'by-entity';

export function storedValue<T extends { version: number }>(spec: EntitySpec<T>, record: T): Stored<T> {
  return { ...spec.attributes(record), version: record.version, record };
}

/** The attribute is the source of truth for the version: conditions compare it. */
export function fromStored<T extends { version: number }>(value: Stored<T>): T {
  return { ...value.record, version: value.version };
}
