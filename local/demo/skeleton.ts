import type { SiteApp, SiteCustomField, SiteIssueType, SiteSecurityLevel, SiteStatus } from '../jira/site';
import { DEMO_USERS } from './demo-users';

/** Every generated date is relative to this instant, never to the clock: output is stable. */
const BASE_DATE = new Date('2026-03-02T09:00:00.000Z');
export const DEMO_BASE_URL = 'https://acme-demo.atlassian.net';

export const ISSUE_TYPES = {
  epic: {
    id: '10000',
    name: 'Epic',
    hierarchyLevel: 1,
    description: 'A big user story that needs to be broken down.',
  },
  story: {
    id: '10001',
    name: 'Story',
    hierarchyLevel: 0,
    description: 'Functionality or a feature expressed as a user goal.',
  },
  task: { id: '10002', name: 'Task', hierarchyLevel: 0, description: 'A small, distinct piece of work.' },
  bug: { id: '10003', name: 'Bug', hierarchyLevel: 0, description: 'A problem or error.' },
  subtask: {
    id: '10004',
    name: 'Subtask',
    hierarchyLevel: -1,
    description: 'A small piece of work that is part of a larger task.',
  },
} satisfies Record<string, SiteIssueType>;

export const STATUSES = {
  todo: { id: '10000', name: 'To Do', categoryKey: 'new' },
  inProgress: { id: '10001', name: 'In Progress', categoryKey: 'indeterminate' },
  inReview: { id: '10002', name: 'In Review', categoryKey: 'indeterminate' },
  done: { id: '10003', name: 'Done', categoryKey: 'done' },
} satisfies Record<string, SiteStatus>;

export const LEADERSHIP_LEVEL: SiteSecurityLevel = {
  id: '10100',
  name: 'Leadership only',
  description: 'Visible to the portfolio lead only (e.g. acquisitions).',
  members: [{ kind: 'user', accountId: DEMO_USERS.portfolioLead }],
};

/** Matches the app id in manifest.yml and the environment the local runtime reports. */
export const DEMO_APP: SiteApp = {
  appId: '5b3f1d8e-6a0c-4f7e-9a53-2c1d7e9f4a10',
  environmentId: '00000000-0000-4000-8000-00000000e0c1',
  globalPermissionKeys: ['manage-market-layer'],
  appUserAccountId: '557058:5b3f1d8e-market-layer-app',
  name: 'Market Layer',
};

export function dayOffset(days: number): string {
  return new Date(BASE_DATE.getTime() + days * 86_400_000).toISOString();
}

/** The site's custom fields: Jira Software's story points (a number) and a date field it must not offer. */
export const DEMO_FIELDS = {
  storyPoints: {
    id: 'customfield_10016',
    name: 'Story point estimate',
    type: 'number',
    customType: 'com.pyxis.greenhopper.jira:jsw-story-points',
  },
  startDate: {
    id: 'customfield_10015',
    name: 'Start date',
    type: 'date',
    customType: 'com.atlassian.jira.plugin.system.customfieldtypes:datepicker',
  },
} satisfies Record<string, SiteCustomField>;
