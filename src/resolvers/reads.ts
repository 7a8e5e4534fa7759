import { fail, type Contribution, type EpicSearchPage, type ParsedInput } from '../contract';
import { createDeps, type Deps } from '../deps';
import { viewerAccess } from './access';
import { define, type Caller } from './define';
import { buildAdminView } from './views/admin-view';
import { auditEpicIds, visibleAuditEntries } from './views/audit-filter';
import { toEpicSummary } from './views/epic-summary';
import { buildEpicPanelView, epicPanelIssueIds } from './views/epic-view';
import { loadAudit, loadEpicPortfolio, loadProjectPortfolio, loadSettings } from './views/load';
import { createPortfolioResolvers } from './portfolio';
import { loadModel } from './portfolio/load';
import { buildProjectView } from './views/project-view';
import { knownProducts } from './views/snapshot';
import { viewerOf } from './views/visibility';

/**
 * One read per surface, each answering everything its view needs in ONE call. Views are served from
 * stored snapshots; Jira is asked only for the viewer's permissions (one bulk check), their name,
 * and what only Jira knows right now (open epics for balance, the project's unlinked epics, the
 * panel's own issue).
 */
function createReadResolvers(deps: Deps) {
  return {
    ...createPortfolioResolvers(deps),

    'project.get': define('project.get', async (_input, caller) => {
      const project = projectOf(caller);
      const data = await loadProjectPortfolio(deps, project.id);
      const access = await viewerAccess(caller, deps, {
        issueIds: data.contributions.map((c) => c.epicId),
        projectIds: [project.id, ...knownProducts(data).map((p) => p.projectId)],
        settings: data.settings,
      });
      if (!access.canBrowseProject(project.id)) notFound('project');
      const { issues } = await deps.jira.searchEpics(
        { projectIds: [project.id], issueTypes: data.settings.epicIssueTypes, excludeDone: true },
        'user',
      );
      return buildProjectView(data, access, viewerOf(access), project, issues);
    }),

    'epic.get': define('epic.get', async (_input, caller) => {
      const issue = issueOf(caller);
      const data = await loadEpicPortfolio(deps, issue.id);
      // The issue read as the viewer fails NOT_FOUND when they may not see it, like Jira itself.
      const [epic, access] = await Promise.all([
        deps.jira.getIssue(issue.id, 'user'),
        viewerAccess(caller, deps, { issueIds: epicPanelIssueIds(data, issue.id), settings: data.settings }),
      ]);
      return buildEpicPanelView(data, access, viewerOf(access), epic);
    }),

    'admin.get': define('admin.get', async (_input, caller) => {
      // The settings and the directory's counts in one batch (no solutions asked for).
      const { settings, directory: read, built } = await deps.store.readModel.readNeighbourhood([]);
      let directory = read;
      if (!built) {
        await loadModel(deps, settings); // builds it, as the first landing would
        ({ directory } = await deps.store.readModel.readNeighbourhood([]));
      }
      const access = await viewerAccess(caller, deps, { settings });
      return buildAdminView(settings, directory, viewerOf(access));
    }),

    'audit.list': define('audit.list', async (input, caller) => auditList(deps, input, caller)),

    'epics.search': define('epics.search', async (input, caller) => epicsSearch(deps, input, caller)),
    // As the viewer: Jira's own lists, with Jira's own permission checks (the settings' pickers).
    'jira.issueTypes': define('jira.issueTypes', async () => deps.jira.listIssueTypes('user')),
    'users.search': define('users.search', async (input) => {
      // Names for the extra editors already chosen (≤ 20, one request each), or the typed prefix.
      if (input.accountIds.length > 0) {
        const found = await Promise.all(
          input.accountIds.map((id) => deps.jira.searchUsers({ accountId: id }, 'user')),
        );
        return found.flat();
      }
      return input.text ? deps.jira.searchUsers({ text: input.text }, 'user') : [];
    }),
    // As the viewer: Jira lists only the projects they may browse.
    'projects.search': define('projects.search', async (input) =>
      deps.jira.searchProjects(input.text, 'user'),
    ),
  };
}

async function auditList(deps: Deps, subject: ParsedInput<'audit.list'>, caller: Caller) {
  const [entries, contributions] = await Promise.all([
    loadAudit(deps, subject.entityType, subject.entityId),
    contributionsNamedIn(deps, subject),
  ]);
  if (entries.length === 0) return [];
  const issueIds = auditEpicIds(subject, entries, contributions);
  const product = subject.entityType === 'product' ? subject.entityId : null;
  const projectIds = product ? [product] : [];
  const access = await viewerAccess(caller, deps, { issueIds, projectIds });
  // A product's history names its project: as hidden as the project itself, and as empty as an unknown one.
  if (product && !access.canBrowseProject(product)) return [];
  return visibleAuditEntries(subject, entries, contributions, access.canBrowseIssue);
}

/**
 * The links whose epic a record's history may name: a contribution's own, or a solution's (its
 * entries speak of the epics linked to it). Other records' histories hold only what people typed
 * into them, which the records themselves show to every viewer. Bounded by the subject, never by
 * the portfolio: the audit is a drill-down.
 */
async function contributionsNamedIn(deps: Deps, subject: ParsedInput<'audit.list'>): Promise<Contribution[]> {
  if (subject.entityType === 'contribution') {
    const stored = await deps.store.contributions.get(subject.entityId);
    return stored ? [stored] : [];
  }
  if (subject.entityType === 'solution') return deps.store.contributions.listBySolution(subject.entityId);
  return [];
}

async function epicsSearch(
  deps: Deps,
  input: ParsedInput<'epics.search'>,
  caller: Caller,
): Promise<EpicSearchPage> {
  const settings = await loadSettings(deps);
  const none: EpicSearchPage = { epics: [], total: 0, next: null, project: null };
  if (input.projectId) {
    // Jira rejects JQL naming a project the viewer cannot browse; an unknown and a hidden project
    // both give no epics, so the answer does not tell which projects exist.
    const access = await viewerAccess(caller, deps, { projectIds: [input.projectId], settings });
    if (!access.canBrowseProject(input.projectId)) return none;
  }
  // As the viewer: Jira lists only the epics (and the key prefix's project) they may browse.
  const page = await deps.jira.searchEpicPage(
    {
      projectId: input.projectId,
      issueTypes: settings.epicIssueTypes,
      text: input.text,
      pageToken: input.after,
      pageSize: input.limit,
    },
    'user',
  );
  const linked = await deps.store.readModel.readLinkedEpicIdsOf([
    ...new Set(page.issues.map((issue) => issue.projectId)),
  ]);
  return {
    epics: page.issues.map((issue) => ({
      ...toEpicSummary(issue),
      projectId: issue.projectId,
      projectKey: issue.projectKey,
      linked: linked.has(issue.id),
    })),
    total: page.total,
    next: page.next,
    project: page.project,
  };
}

/** The project page's project, from the Forge context only: a payload could name any project. */
function projectOf(caller: Caller): { id: string; key: string } {
  const project = caller.extension.project;
  if (!project || !/^\d+$/.test(project.id)) return notFound('project');
  return { id: project.id, key: project.key };
}

/** The issue panel's issue, from the Forge context only. */
function issueOf(caller: Caller): { id: string; key: string } {
  const issue = caller.extension.issue;
  if (!issue || !/^\d+$/.test(issue.id)) return notFound('issue');
  return { id: issue.id, key: issue.key };
}

/** The same answer for "does not exist" and "you may not see it", as Jira gives. */
function notFound(what: 'project' | 'issue'): never {
  return fail('NOT_FOUND', `This ${what} does not exist or you do not have permission to see it.`);
}

export const readResolvers = createReadResolvers(createDeps());
