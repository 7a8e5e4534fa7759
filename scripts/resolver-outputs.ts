import type { ResolverKey } from '../src/contract';

/** One line per resolver on what `data` holds (types in src/contract/views.ts and entities.ts). */
export const OUTPUTS: Record<ResolverKey, string> = {
  'portfolio.get':
    '`PortfolioView`: viewer, settings, markets, priorities, solutions, products, matrix, gaps, balance, priority scores, ranking, narrative',
  'project.get':
    '`ProjectView` for the project in the Forge context: its solutions with priorities, markets, partners and readiness; unlinked epics; balance',
  'epic.get':
    '`EpicPanelView` for the issue in the Forge context: its solutions, priorities, markets, sibling contributions, readiness',
  'admin.get': '`AdminView`: viewer, settings, record counts',
  'audit.list': '`AuditEntry[]`, newest first (entries about epics the viewer cannot browse are left out)',
  'epics.search': 'epics the viewer can browse matching the text (`EpicSummary & {projectKey}`)[]',
  'market.create': 'the `Market`',
  'market.update': 'the updated `Market` (CONFLICT on a stale version)',
  'market.delete': '`{deleted}` (CONFLICT naming dependents unless `cascade`)',
  'priority.create': 'the `Priority`',
  'priority.update': 'the updated `Priority`',
  'priority.delete': '`{deleted}`',
  'solution.create': 'the `Solution`',
  'solution.update': 'the updated `Solution`',
  'solution.delete': '`{deleted}`',
  'contribution.link': 'the `Contribution` with its epic snapshot',
  'contribution.update': 'the updated `Contribution`',
  'contribution.unlink': '`{deleted}`',
  'product.update': 'the `Product`',
  'settings.update': 'the `Settings`',
  'admin.export': 'the versioned `Backup`',
  'admin.import': 'record counts imported',
  'admin.integrity': '`IntegrityFinding[]`',
  'admin.refreshSnapshots': '`{refreshed, removed}`',
};
