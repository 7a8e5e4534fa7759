import { z } from 'zod';
import { backup, type Backup } from './backup';
import {
  exportPageInput,
  importBeginInput,
  importChunkInput,
  importIdInput,
  type BackupCounts,
  type BackupPage,
  type ImportSession,
} from './backup-transfer';
import type { AuditEntry, Contribution, Market, Priority, Product, Settings, Solution } from './entities';
import { marketFields, priorityFields, productFields, settingsFields, solutionFields } from './entities';
import { accountId, id, issueIdOrKey, optionalText, projectId, version } from './fields';
import type {
  BalancePage,
  PriorityChoice,
  MarketDetail,
  MatrixCellDetail,
  MatrixPage,
  PortfolioSummary,
  SolutionDetail,
} from './summary';
import { MAX_PAGE } from './summary';
import type { EstimateFieldChoice, Investment } from './investment';
import type { JobStatus } from './jobs';
import { ROADMAP_CARDS, type Roadmap } from './roadmap';
import type {
  AdminView,
  BalancePreview,
  EpicPanelView,
  EpicSearchPage,
  IntegrityFinding,
  ProjectChoices,
  ProjectView,
  SolutionChoice,
} from './views';

const empty = z.strictObject({});
/**
 * `changes` of an update: every field optional and WITHOUT the create defaults, so a field the
 * caller did not send is left as stored, never reset to its default.
 */
const partialNoDefaults = <T extends z.ZodRawShape>(fields: z.ZodObject<T>) =>
  z.strictObject(
    Object.fromEntries(
      Object.entries(fields.shape).map(([name, schema]) => [
        name,
        (schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : (schema as z.ZodType)).optional(),
      ]),
    ),
  ) as unknown as ReturnType<z.ZodObject<T>['partial']>;
const update = <T extends z.ZodRawShape>(fields: z.ZodObject<T>) =>
  z.strictObject({ id, version, changes: partialNoDefaults(fields) });
const remove = z.strictObject({ id, version, cascade: z.boolean().default(false) });
const page = {
  offset: z.number({ error: 'Offset must be a number' }).int().min(0, 'Offset cannot be negative').default(0),
  limit: z
    .number({ error: 'Limit must be a number' })
    .int()
    .min(1, 'Ask for at least one row')
    .max(MAX_PAGE, `Ask for at most ${MAX_PAGE} rows at a time`)
    .default(MAX_PAGE),
};

export interface DeleteResult {
  deleted: { type: string; id: string }[];
  /** A cascade too large for one transaction runs as this background job (`deleted` is then empty). */
  job?: JobStatus;
}

/**
 * The resolver contract: key → input schema and output type. The UI's `invoke` is typed by it,
 * so a misspelt key or a wrong payload fails `tsc`; the backend validates every payload with it.
 */
export const api = {
  // Reads, one per surface. Project and issue come from the Forge context, never the payload.
  'portfolio.get': { input: empty, output: {} as PortfolioSummary },
  // Drill-downs of the portfolio: each bounded by what it lists, never by the portfolio's size.
  'portfolio.matrix': {
    input: z.strictObject({ ...page, projectId: projectId.optional() }),
    output: {} as MatrixPage,
  },
  // Filtered and ordered before paging (issue 10), so "N of M" counts what the filter lets through;
  // with `marketId`, only the products contributing to that market's live solutions.
  'portfolio.balance': {
    input: z.strictObject({
      ...page,
      marketId: id.optional(),
      verdict: z
        .enum(['below', 'on-target', 'above', 'no-open-epics'], {
          error: 'Verdict must be below, on-target, above or no-open-epics',
        })
        .optional(),
      sort: z.enum(['growth', 'name'], { error: 'Sort must be growth or name' }).optional(),
    }),
    output: {} as BalancePage,
  },
  // Investment alignment by market and customer layer, for the portfolio or one product's work.
  'portfolio.investment': {
    input: z.strictObject({ projectId: projectId.optional() }),
    output: {} as Investment,
  },
  // The live solutions by horizon, filtered by market and product; ROADMAP_CARDS a column.
  'portfolio.roadmap': {
    input: z.strictObject({
      marketId: id.optional(),
      projectId: projectId.optional(),
      limit: z
        .number({ error: 'Limit must be a number' })
        .int()
        .min(1, 'Ask for at least one card')
        .max(MAX_PAGE, `Ask for at most ${MAX_PAGE} cards a column`)
        .default(ROADMAP_CARDS),
    }),
    output: {} as Roadmap,
  },
  // Every business priority, briefly, for the solution form's picker: from the read model, one read.
  'portfolio.priorities': { input: empty, output: [] as PriorityChoice[] },
  'matrix.cell': { input: z.strictObject({ solutionId: id, projectId }), output: {} as MatrixCellDetail },
  'market.detail': { input: z.strictObject({ marketId: id }), output: {} as MarketDetail },
  'solution.detail': { input: z.strictObject({ solutionId: id }), output: {} as SolutionDetail },
  'project.get': { input: empty, output: {} as ProjectView },
  'epic.get': { input: empty, output: {} as EpicPanelView },
  'admin.get': { input: empty, output: {} as AdminView },
  'audit.list': {
    input: z.strictObject({
      entityType: z.enum(['market', 'priority', 'solution', 'contribution', 'product', 'settings']),
      entityId: z.string().min(1).max(64),
    }),
    output: [] as AuditEntry[],
  },
  'epics.search': {
    input: z.strictObject({
      text: optionalText('Search text', 100).default(''),
      projectId: projectId.optional(),
      /** The `next` of the page before (Jira's page token). */
      after: z.string().min(1).max(2000).optional(),
      limit: z.number().int().min(1).max(50).default(20),
    }),
    output: {} as EpicSearchPage,
  },

  'balance.preview': {
    input: z.strictObject({ target: settingsFields.shape.balanceTarget }),
    output: {} as BalancePreview,
  },
  'solutions.choices': {
    input: z.strictObject({ projectId: projectId.optional() }),
    output: [] as SolutionChoice[],
  },
  'jira.issueTypes': { input: empty, output: [] as { id: string; name: string; hierarchyLevel: number }[] },
  'jira.estimateFields': { input: empty, output: [] as EstimateFieldChoice[] },
  'users.search': {
    input: z.strictObject({
      text: optionalText('Search text', 100).default(''),
      accountIds: z.array(accountId).max(20).default([]),
    }),
    output: [] as { accountId: string; displayName: string }[],
  },
  'projects.search': {
    input: z.strictObject({ text: optionalText('Search text', 100).default('') }),
    output: {} as ProjectChoices,
  },

  'market.create': { input: marketFields, output: {} as Market },
  'market.update': { input: update(marketFields), output: {} as Market },
  'market.delete': { input: remove, output: {} as DeleteResult },

  'priority.create': { input: priorityFields, output: {} as Priority },
  'priority.update': { input: update(priorityFields), output: {} as Priority },
  'priority.delete': { input: remove, output: {} as DeleteResult },

  'solution.create': { input: solutionFields, output: {} as Solution },
  'solution.update': { input: update(solutionFields), output: {} as Solution },
  'solution.delete': { input: remove, output: {} as DeleteResult },

  'contribution.link': {
    input: z.strictObject({
      solutionId: id,
      issue: issueIdOrKey,
      note: optionalText('Contribution', 200).default(''),
    }),
    output: {} as Contribution,
  },
  'contribution.update': {
    input: z.strictObject({ id, version, note: optionalText('Contribution', 200) }),
    output: {} as Contribution,
  },
  'contribution.unlink': { input: z.strictObject({ id, version }), output: {} as DeleteResult },

  'product.update': {
    input: z.strictObject({
      projectId,
      version: version.nullable(),
      changes: partialNoDefaults(productFields),
    }),
    output: {} as Product,
  },

  'settings.update': {
    input: z.strictObject({ version: version.nullable(), changes: partialNoDefaults(settingsFields) }),
    output: {} as Settings,
  },
  // The whole backup in one answer, while it fits one (a small layer); else LIMIT: use the pages.
  'admin.export': { input: empty, output: {} as Backup },
  // The export a page at a time (each answer under 4 MB), for the browser to join into one file.
  'admin.exportPage': { input: exportPageInput, output: {} as BackupPage },
  // The whole backup in one request (what one request can carry), written before it answers.
  'admin.import': { input: z.strictObject({ backup }), output: {} as BackupCounts },
  // An import of any size: begin, chunks of at most 400 KB (resent safely), commit → a job.
  'admin.importBegin': { input: importBeginInput, output: {} as ImportSession },
  'admin.importChunk': { input: importChunkInput, output: {} as { chunk: number } },
  'admin.importCommit': { input: importIdInput, output: {} as JobStatus },
  'admin.importStatus': { input: empty, output: null as ImportSession | null },
  'admin.integrity': { input: empty, output: [] as IntegrityFinding[] },
  // Starts the full refresh as a background job (or answers the one already running).
  'admin.refreshSnapshots': { input: empty, output: {} as JobStatus },
  // Background work, newest first: what is running and what finished lately.
  'jobs.list': { input: empty, output: [] as JobStatus[] },
} satisfies Record<string, { input: z.ZodType; output: unknown }>;

type Api = typeof api;
export type ResolverKey = keyof Api;
/** What the caller sends (defaults may be omitted). */
export type Input<K extends ResolverKey> = z.input<Api[K]['input']>;
/** What the resolver sees after validation. */
export type ParsedInput<K extends ResolverKey> = z.output<Api[K]['input']>;
export type Output<K extends ResolverKey> = Api[K]['output'];
export const RESOLVER_KEYS = Object.keys(api) as ResolverKey[];
