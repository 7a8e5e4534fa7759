import type { SiteData } from '../../local/jira/site';
import type { Input, Output, ResolverKey, Result } from '../../src/contract';
import { DEMO_USERS, type DemoUserRole } from '../../local/demo';
import { createLocalRuntime, type ExtensionContext, type LocalRuntime } from '../../local/runtime';

/** The resource modules of manifest.yml, each a surface with its own Forge extension context. */
export const MODULES = {
  portfolio: 'portfolio',
  project: 'market-context',
  epic: 'epic-solutions',
  settings: 'settings',
  context: 'epic-serves',
  readinessGadget: 'solution-readiness',
  balanceGadget: 'product-balance',
  investmentGadget: 'market-investment',
} as const;
export type ModuleKey = (typeof MODULES)[keyof typeof MODULES];

/** Where the call comes from: the project page's project or the issue panel's issue, by key. */
export interface Subject {
  project?: string;
  issue?: string;
}

export interface TestApp {
  rt: LocalRuntime;
  /** Invokes `key` through the real handler (src/index.ts via manifest.yml), as a demo user. */
  callAs<K extends ResolverKey>(
    user: DemoUserRole,
    moduleKey: ModuleKey,
    key: K,
    payload: Input<K>,
    subject?: Subject,
  ): Promise<Result<Output<K>>>;
  /** The same with any payload and key, for tests of what the contract refuses. */
  callRaw(
    user: DemoUserRole | null,
    moduleKey: ModuleKey,
    key: string,
    payload: unknown,
    subject?: Subject,
  ): Promise<Result<unknown>>;
  /** How many Jira requests `run` made. */
  jiraRequestsDuring(run: () => Promise<unknown>): Promise<number>;
  close(): void;
}

/** A fresh local runtime (in-memory KVS, the demo Jira site unless another is given) per test. */
export function startApp(options: { site?: SiteData } = {}): TestApp {
  const rt = createLocalRuntime(options);
  const callRaw: TestApp['callRaw'] = async (user, moduleKey, key, payload, subject) => {
    const extension = extensionFor(rt, moduleKey, subject);
    const accountId = user === null ? '' : DEMO_USERS[user];
    return (await rt.invoke(moduleKey, key, payload, { accountId, extension })) as Result<unknown>;
  };
  return {
    rt,
    callRaw,
    callAs: async (user, moduleKey, key, payload, subject) =>
      (await callRaw(user, moduleKey, key, payload, subject)) as Result<Output<typeof key>>,
    jiraRequestsDuring: async (run) => {
      const before = rt.jiraTraffic.length;
      await run();
      return rt.jiraTraffic.length - before;
    },
    close: () => rt.close(),
  };
}

/** The context Jira gives each module type (see developer.atlassian.com, "Extension context" of each module). */
function extensionFor(rt: LocalRuntime, moduleKey: ModuleKey, subject: Subject = {}): ExtensionContext {
  const type = rt.manifest.modules.find((m) => m.key === moduleKey)?.type;
  if (!type) throw new Error(`manifest.yml has no module ${moduleKey}`);
  const issue = subject.issue ? rt.jira.getIssue(subject.issue) : undefined;
  if (subject.issue && !issue) throw new Error(`The demo site has no issue ${subject.issue}`);
  const projectRef = issue?.projectId ?? subject.project;
  const project = projectRef
    ? rt.jira.projects.find((p) => p.id === projectRef || p.key === projectRef)
    : undefined;
  if (projectRef && !project) throw new Error(`The demo site has no project ${projectRef}`);
  const projectContext = project && { id: project.id, key: project.key, type: project.projectTypeKey };
  if (type === 'jira:projectPage') return { type, project: projectContext };
  if (type === 'jira:dashboardGadget')
    return { type, dashboard: { id: '10000' }, gadget: { id: '10100' }, gadgetConfiguration: {} };
  if (type === 'jira:issuePanel' || type === 'jira:issueContext') {
    const issueType = issue && rt.site.issueTypes.find((t) => t.id === issue.issueTypeId);
    return {
      type,
      issue: issue && { id: issue.id, key: issue.key, type: issueType?.name, typeId: issue.issueTypeId },
      project: projectContext,
    };
  }
  return { type };
}
