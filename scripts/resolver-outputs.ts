import type { ResolverKey } from '../src/contract';

/** One line per resolver on what `data` holds (types in src/contract/views.ts, summary.ts and entities.ts). */
export const OUTPUTS: Record<ResolverKey, string> = {
  'portfolio.get':
    '`PortfolioSummary` (bounded at any size): viewer, settings, counts, markets with counts, ranked solution briefs, the first matrix rows as counts and readiness, gaps (100 of each kind + counts), the first balance rows, the products they name',
  'portfolio.matrix':
    '`MatrixPage`: matrix rows `offset`…`offset+limit` in ranking order (only rows with `projectId` when given), and the products they name',
  'portfolio.balance':
    '`BalancePage`: balance rows `offset`…`offset+limit`, least growth share first (or by name with `sort`), only rows with `verdict` when given; with `marketId`, only the products contributing to that market’s live solutions (the Product balance gadget)',
  'portfolio.investment':
    "`Investment`: by market (strategic share, investment share, gap, largest gap first; exit markets with work flagged) and by customer layer, in the measure the settings choose (open epics or open units), an epic serving several markets split equally; for one product with `projectId`. From the read model: the landing's reads",
  'portfolio.roadmap':
    '`Roadmap`: the live solutions by horizon (now, next, later) in ranking order, `limit` a column, each card with readiness (weakest product), contributing products, latest due date, markets and version; filtered by market and product',
  'portfolio.priorities':
    '`PriorityChoice[]`: every business priority as `{id, marketId, title}`, from the read model (the solution form’s picker)',
  'matrix.cell':
    '`MatrixCellDetail`: the epics of one product in one solution that the viewer may browse, and how many are hidden',
  'market.detail':
    '`MarketDetail`: the market, its priorities and the solutions addressing them in full, and its value narrative',
  'solution.detail':
    '`SolutionDetail`: the solution, its priorities, the epics the viewer may browse (hidden ones counted), readiness, products',
  'project.get':
    '`ProjectView` for the project in the Forge context: its solutions with priorities, markets, partners and readiness; unlinked epics; balance',
  'epic.get':
    '`EpicPanelView` for the issue in the Forge context: its solutions, priorities, markets, sibling contributions, readiness',
  'admin.get': '`AdminView`: viewer, settings, record counts',
  'audit.list': '`AuditEntry[]`, newest first (entries about epics the viewer cannot browse are left out)',
  'epics.search':
    '`EpicSearchPage`: one page (`limit`, 20 by default) of the epics the viewer can browse matching words of the summary, a whole key ("BILL-19", first) or a key prefix ("BILL", "BILL-1": that project\'s epics in key order), each with `linked` (already serves a solution); `total` (Jira\'s count, first page) and `next` (pass as `after`)',
  'balance.preview':
    "`BalancePreview`: how many products (every project with open epics) a balance target would put below, on and above it, by the same rule as balance; counts from the read model (the settings page's preview)",
  'solutions.choices':
    "`SolutionChoice[]`: every live solution in ranking order with its markets, priorities and the other products delivering it by name (those the viewer cannot browse counted), leaving out `projectId`; from the landing's read model (a link form's solution menu)",
  'jira.issueTypes':
    "the site's issue types as the viewer sees them (`GET /rest/api/3/issuetype`): `{id, name, hierarchyLevel}[]` (the settings' epic issue type picker)",
  'jira.estimateFields':
    "the site's numeric custom fields as the caller sees them (`GET /rest/api/3/field`, `schema.type` number): `{id, name}[]` by name (the settings' estimate field picker; managers only)",
  'users.search':
    'people as the viewer may find them (`GET /rest/api/3/user/search`): the first 20 active people whose name or email starts with `text`, or the ones `accountIds` name (≤ 20): `{accountId, displayName}[]` (the extra editors picker)',
  'projects.search':
    "`ProjectChoices`: the first 20 projects the viewer can browse whose key or name contains the text, and whether more match (an epic picker's project filter)",
  'market.create': 'the `Market`',
  'market.update': 'the updated `Market` (CONFLICT on a stale version)',
  'market.delete':
    '`{deleted}`, or `{deleted: [], job}` when the cascade runs in the background; without `cascade`, CONFLICT with `dependents` and `cascade` (everything it would delete or change)',
  'priority.create': 'the `Priority`',
  'priority.update': 'the updated `Priority`',
  'priority.delete': '`{deleted}` or `{deleted: [], job}`, as `market.delete`',
  'solution.create': 'the `Solution`',
  'solution.update': 'the updated `Solution`',
  'solution.delete': '`{deleted}` or `{deleted: [], job}`, as `market.delete`',
  'contribution.link': 'the `Contribution` with its epic snapshot',
  'contribution.update': 'the updated `Contribution`',
  'contribution.unlink': '`{deleted}`',
  'product.update': 'the `Product`',
  'settings.update': 'the `Settings`',
  'admin.export':
    'the versioned `Backup` in one answer while it fits (LIMIT beyond 4 MB: use `admin.exportPage`); FORBIDDEN unless the caller can browse every project it names',
  'admin.exportPage':
    '`BackupPage`: `{backup, next, total}`, this page of the backup (≤ 4 MB) and the cursor of the next (null on the last); the browser joins the pages into one `Backup`',
  'admin.import':
    "record counts imported: a backup that fits one request, staged and written by the import job's steps before it answers (UNAVAILABLE saying how much was written if it stops)",
  'admin.importBegin':
    "`ImportSession`: a new upload, or the same file's upload resumed (`received` lists the chunks stored); CONFLICT while another import writes",
  'admin.importChunk':
    '`{chunk}` once stored (a resent chunk replaces itself); VALIDATION naming `backup.<section>.<index>.<field>`',
  'admin.importCommit':
    'the import `JobStatus`: the staged backup checked whole first (VALIDATION, at most 20 fields, nothing written), then written by a background job; after a failed job, resumes it',
  'admin.importStatus': '`ImportSession` of the upload or import under way or interrupted, or null',
  'admin.integrity': '`IntegrityFinding[]`',
  'admin.refreshSnapshots': 'the `JobStatus` of the full refresh it started (or of the one already running)',
  'jobs.list':
    '`JobStatus[]`: the latest background jobs (refresh, reconcile, delete, import), newest first, with progress',
};
