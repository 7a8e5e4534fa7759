import type { EmulatorResponse, JiraRequest, JiraService } from '../types';
import { precomputeCalls, type JqlFunctionHost } from './functions/host';
import { PrecomputationStore } from './functions/precomputations';
import { TaskStore } from './tasks';
import { createIssue, deleteIssue, type IssueChanges, type NewIssue, updateIssue } from './mutations';
import { PermissionModel } from './permissions';
import { dispatch } from './router';
import { SearchService } from './search-service';
import type { SiteData, SiteIssue, SiteProject, SiteUser } from './site';
import { type IssueChangeListener, SiteStore } from './store';

export type { IssueChange } from './store';
export * from './site';

export interface JiraSiteOptions {
  /** The site's clock (issue timestamps, relative JQL dates); defaults to the real time. */
  now?: () => Date;
}

/** The emulated site: Jira's REST answers through `handle`, plus helpers for tests and triggers. */
export interface JiraSite extends JiraService {
  handle(request: JiraRequest): EmulatorResponse;
  /**
   * As `handle`, after sending the app's JQL functions in a search that have no precomputation
   * to the function host (as Jira calls the app); without a host, as `handle`.
   */
  handleAsync(request: JiraRequest): Promise<EmulatorResponse>;
  /** Who runs the app's `jira:jqlFunction` functions (the local runtime). */
  setJqlFunctionHost(host: JqlFunctionHost | undefined): void;
  readonly users: readonly SiteUser[];
  readonly projects: readonly SiteProject[];
  /** A copy of an issue by id or key (also a key it had before a move), or undefined. */
  getIssue(idOrKey: string): SiteIssue | undefined;
  createIssue(input: NewIssue): SiteIssue;
  updateIssue(idOrKey: string, changes: IssueChanges): SiteIssue;
  deleteIssue(idOrKey: string): void;
  /** Sets (or with `undefined` removes) an issue property without a permission check. */
  setIssueProperty(idOrKey: string, key: string, value: unknown): void;
  /** The issue as GET /rest/api/3/issue returns it to the app: for Forge event payloads. */
  issueJson(idOrKey: string): Record<string, unknown> | undefined;
  /** Called after every create, update and delete; returns an unsubscribe function. */
  onChange(listener: IssueChangeListener): () => void;
  /** The current site data (a copy): save it, or start another site from it. */
  snapshot(): SiteData;
}

export function createJiraSite(site: SiteData, options: JiraSiteOptions = {}): JiraSite {
  const now = options.now ?? (() => new Date());
  const store = new SiteStore(site);
  const permissions = new PermissionModel(store);
  const functions = new PrecomputationStore(now);
  const search = new SearchService(store, permissions, now, functions);
  const ctx = { store, permissions, search, now, functions, tasks: new TaskStore(now) };
  let functionHost: JqlFunctionHost | undefined;
  const mustFind = (idOrKey: string) => {
    const issue = store.find(idOrKey);
    if (!issue) throw new Error(`Unknown issue ${idOrKey}`);
    return issue;
  };
  const jiraSite: JiraSite = {
    handle: (request) => dispatch(ctx, request),
    // Through `jiraSite.handle`, so whatever answers `handle` (a test's stand-in) answers here too.
    handleAsync: async (request) => {
      await precomputeCalls(request, store.data.app, functions, functionHost);
      return jiraSite.handle(request);
    },
    setJqlFunctionHost: (host) => {
      functionHost = host;
    },
    users: store.data.users,
    projects: store.data.projects,
    getIssue: (idOrKey) => {
      const issue = store.find(idOrKey);
      return issue && structuredClone(issue);
    },
    createIssue: (input) => createIssue(store, now(), input),
    updateIssue: (idOrKey, changes) => updateIssue(store, now(), idOrKey, changes),
    deleteIssue: (idOrKey) => deleteIssue(store, now(), idOrKey),
    setIssueProperty: (idOrKey, key, value) => {
      const issue = mustFind(idOrKey);
      const properties = (issue.properties ??= {});
      if (value === undefined) delete properties[key];
      else properties[key] = structuredClone(value);
      store.propertiesChanged();
    },
    issueJson: (idOrKey) => {
      const issue = store.find(idOrKey);
      if (!issue) return undefined;
      const response = dispatch(ctx, { method: 'GET', path: `/rest/api/3/issue/${issue.id}` });
      return response.body as Record<string, unknown>;
    },
    onChange: (listener) => store.onChange(listener),
    snapshot: () => structuredClone(store.data),
  };
  return jiraSite;
}
