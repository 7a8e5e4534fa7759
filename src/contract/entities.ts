import { z } from 'zod';
import {
  accountId,
  id,
  isoDate,
  isoTimestamp,
  oneToFive,
  optionalText,
  projectId,
  text,
  version,
} from './fields';
import { INVESTMENT_MEASURES } from './investment';

export const MARKET_STATUSES = ['target', 'explore', 'sustain', 'exit'] as const;
const SEGMENT_KINDS = ['industry', 'region', 'size'] as const;
export const LAYERS = ['executive', 'senior-manager', 'user'] as const;
export const PRIORITY_STATUSES = ['hypothesis', 'validated', 'retired'] as const;
export const HORIZONS = ['now', 'next', 'later'] as const;
export const SOLUTION_STATUSES = ['proposed', 'committed', 'in-delivery', 'delivered', 'dropped'] as const;
export const STATUS_CATEGORIES = ['new', 'indeterminate', 'done'] as const;

export type Layer = (typeof LAYERS)[number];
export type SolutionStatus = (typeof SOLUTION_STATUSES)[number];
export type StatusCategory = (typeof STATUS_CATEGORIES)[number];

/** Fields every stored record carries: optimistic concurrency and provenance. */
const stored = {
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  updatedBy: accountId,
};

/**
 * Set while a background job deletes the record and what depends on it (the job's id): the record
 * can no longer be changed, and nothing new may refer to it (src/store/cascade).
 */
const beingDeleted = { deleting: z.string().max(64).optional() };

const segmentTag = z.strictObject({
  kind: z.enum(SEGMENT_KINDS, { error: 'Tag kind must be industry, region or size' }),
  value: text('Tag', 40),
});

export const marketFields = z.strictObject({
  name: text('Name', 120),
  description: optionalText('Description', 2000, 'multi').default(''),
  segments: z.array(segmentTag).max(20, 'Use at most 20 segment tags').default([]),
  strategicWeight: oneToFive('Strategic weight'),
  status: z.enum(MARKET_STATUSES, { error: 'Status must be target, explore, sustain or exit' }),
  ownerAccountId: accountId.nullable().default(null),
});
export const market = z.strictObject({ id, ...marketFields.shape, ...stored, ...beingDeleted });
export type Market = z.infer<typeof market>;

const evidence = z.strictObject({
  customerOrg: text('Customer organisation', 120),
  role: text('Role', 80),
  date: isoDate,
  note: optionalText('Note', 1000, 'multi').default(''),
});
export type Evidence = z.infer<typeof evidence>;

export const priorityFields = z.strictObject({
  marketId: id,
  title: text('Title', 160),
  outcome: text('Measurable outcome', 500, 'multi'),
  layer: z.enum(LAYERS, { error: 'Layer must be executive, senior-manager or user' }),
  importance: oneToFive('Importance'),
  evidence: z.array(evidence).max(50, 'Keep at most 50 evidence entries').default([]),
  status: z.enum(PRIORITY_STATUSES, { error: 'Status must be hypothesis, validated or retired' }),
});
export const priority = z.strictObject({ id, ...priorityFields.shape, ...stored, ...beingDeleted });
export type Priority = z.infer<typeof priority>;

export const solutionFields = z.strictObject({
  name: text('Name', 120),
  valueStatement: text('Value statement', 1000, 'multi'),
  priorityIds: z
    .array(id)
    .min(1, 'Choose at least one business priority this solution addresses')
    .max(50, 'A solution can address at most 50 priorities')
    .refine((ids) => new Set(ids).size === ids.length, 'A priority is listed twice'),
  horizon: z.enum(HORIZONS, { error: 'Horizon must be now, next or later' }),
  status: z.enum(SOLUTION_STATUSES, {
    error: 'Status must be proposed, committed, in-delivery, delivered or dropped',
  }),
  ownerAccountId: accountId.nullable().default(null),
});
export const solution = z.strictObject({ id, ...solutionFields.shape, ...stored, ...beingDeleted });
export type Solution = z.infer<typeof solution>;

/** What Jira said about an epic when we last looked; views are served from this, not from Jira. */
const epicSnapshot = z.strictObject({
  summary: z.string(),
  statusName: z.string(),
  statusCategory: z.enum(STATUS_CATEGORIES),
  dueDate: z.string().nullable(),
  children: z.strictObject({ total: z.number().int(), done: z.number().int(), inProgress: z.number().int() }),
  /**
   * The epic's estimate in the settings' estimate field (story points): its own value, or else the
   * sum of its open children's values; null when neither has one or no field is chosen. Snapshots
   * taken before the field existed read as null.
   */
  estimate: z.number().nullable().default(null),
  refreshedAt: isoTimestamp,
});
export type EpicSnapshot = z.infer<typeof epicSnapshot>;

export const contribution = z.strictObject({
  id,
  solutionId: id,
  epicId: z.string(),
  epicKey: z.string(),
  projectId,
  projectKey: z.string(),
  note: optionalText('Contribution', 200),
  linkedBy: accountId,
  linkedAt: isoTimestamp,
  snapshot: epicSnapshot,
  ...stored,
});
export type Contribution = z.infer<typeof contribution>;

export const productFields = z.strictObject({
  displayName: optionalText('Display name', 80).default(''),
  productLine: optionalText('Product line', 80).default(''),
});
export const product = z.strictObject({
  projectId,
  projectKey: z.string(),
  projectName: z.string(),
  ...productFields.shape,
  ...stored,
});
export type Product = z.infer<typeof product>;

/** A Jira custom field id: the only kind of field a site's estimates live in. */
const estimateFieldId = z
  .string({ error: 'Estimate field must be a Jira custom field id' })
  .regex(/^customfield_\d{1,12}$/, 'Estimate field must be a Jira custom field id like customfield_10016');

const weight = z
  .number({ error: 'Weight must be a number' })
  .min(0, 'Weight cannot be negative')
  .max(10, 'Keep weights at 10 or below');

export const settingsFields = z.strictObject({
  balanceTarget: z
    .number({ error: 'Balance target must be a share between 0 and 1' })
    .min(0, 'Balance target must be between 0 and 1')
    .max(1, 'Balance target must be between 0 and 1'),
  layerWeights: z.strictObject({ executive: weight, 'senior-manager': weight, user: weight }),
  epicIssueTypes: z
    .array(text('Issue type', 60))
    .min(1, 'Name at least one issue type that counts as an epic')
    .max(10),
  /** People who may edit besides holders of "Manage market layer". */
  extraEditorAccountIds: z.array(accountId).max(100).default([]),
  /** What investment alignment counts (src/domain/investment.ts): open epics or their open units. */
  investmentMeasure: z
    .enum(INVESTMENT_MEASURES, { error: 'Measure must be open-epics, open-units or estimate' })
    .default('open-epics'),
  /**
   * The site's numeric field the `estimate` measure sums (e.g. Jira's "Story point estimate"),
   * chosen from Jira's fields; its name is kept to say which measure is in use without asking Jira.
   */
  estimateFieldId: estimateFieldId.nullable().default(null),
  estimateFieldName: optionalText('Estimate field name', 255).nullable().default(null),
});
export const settings = z.strictObject({ ...settingsFields.shape, ...stored });
export type Settings = z.infer<typeof settings>;

export const DEFAULT_SETTINGS: z.infer<typeof settingsFields> = {
  balanceTarget: 0.6,
  layerWeights: { executive: 3, 'senior-manager': 2, user: 1 },
  epicIssueTypes: ['Epic'],
  extraEditorAccountIds: [],
  investmentMeasure: 'open-epics',
  estimateFieldId: null,
  estimateFieldName: null,
};

type AuditAction =
  'create' | 'update' | 'delete' | 'link' | 'unlink' | 'snapshot' | 'epic-deleted' | 'import';

export interface AuditEntry {
  id: string;
  entityType: 'market' | 'priority' | 'solution' | 'contribution' | 'product' | 'settings';
  entityId: string;
  action: AuditAction;
  /** `null` when the app itself acted (a trigger or the daily reconcile). */
  accountId: string | null;
  at: string;
  /** Field → [before, after]; only the fields that changed. */
  changes: Record<string, [unknown, unknown]>;
  summary: string;
}
