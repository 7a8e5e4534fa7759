import type { JiraService } from '../types';
import { DASHBOARD_ID, type GadgetConfigurations } from './gadgets';

/** What the page an app frame sits on is about: nothing, a project, an issue, or a dashboard gadget. */
export interface Subject {
  projectKey?: string;
  issueKey?: string;
  /** A gadget on the host's dashboard, and whether its edit mode is open. */
  gadgetId?: string;
  edit?: boolean;
}

interface IssueFields {
  issuetype: { id: string; name: string };
  project: { id: string; key: string; projectTypeKey?: string };
}

/**
 * The `extension` part of the Forge context, as Jira builds it for each module type. Jira knows
 * the project and issue of the page; it reads them as the app, so we do too.
 */
export function extensionFor(
  jira: JiraService,
  moduleType: string,
  subject: Subject,
  gadgets?: GadgetConfigurations,
): { type: string } & Record<string, unknown> {
  if (moduleType === 'jira:dashboardGadget') {
    // developer.atlassian.com, jira-dashboard-gadget, "Extension context"; entryPoint 'edit' in edit mode.
    const gadgetId = subject.gadgetId ?? '';
    return {
      type: moduleType,
      dashboard: { id: DASHBOARD_ID },
      gadget: { id: gadgetId },
      gadgetConfiguration: gadgets?.get(gadgetId) ?? {},
      ...(subject.edit ? { entryPoint: 'edit' } : {}),
      location: `http://localhost/jira/dashboards/${DASHBOARD_ID}`,
    };
  }
  if (moduleType === 'jira:projectPage') {
    const answer = jira.handle({
      method: 'GET',
      path: `/rest/api/3/project/search?keys=${encodeURIComponent(subject.projectKey ?? '')}`,
    });
    const project = (answer.body as { values?: { id: string; key: string; projectTypeKey: string }[] })
      .values?.[0];
    if (!project) throw new Error(`No project ${subject.projectKey}`);
    return { type: moduleType, project: { id: project.id, key: project.key, type: project.projectTypeKey } };
  }
  // The issue view's modules get the same issue and project (jira-issue-panel, jira-issue-context).
  if (moduleType === 'jira:issuePanel' || moduleType === 'jira:issueContext') {
    const answer = jira.handle({
      method: 'GET',
      path: `/rest/api/3/issue/${encodeURIComponent(subject.issueKey ?? '')}?fields=issuetype,project`,
    });
    if (answer.status !== 200) throw new Error(`No issue ${subject.issueKey}`);
    const issue = answer.body as { id: string; key: string; fields: IssueFields };
    return {
      type: moduleType,
      issue: {
        id: issue.id,
        key: issue.key,
        type: issue.fields.issuetype.name,
        typeId: issue.fields.issuetype.id,
      },
      project: {
        id: issue.fields.project.id,
        key: issue.fields.project.key,
        type: issue.fields.project.projectTypeKey ?? 'software',
      },
      isNewToIssue: false,
    };
  }
  return { type: moduleType };
}
