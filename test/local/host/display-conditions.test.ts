import { displays, type IssueFacts } from '../../../local/host/display-conditions';
import { issueDetails } from '../../../local/host/site-info';
import { createLocalRuntime } from '../../../local/runtime';
import { DEMO_USERS } from '../../../local/demo';

const epic: IssueFacts = {
  issueId: '1',
  issueKey: 'BILL-19',
  issueType: 'Epic',
  projectId: '10000',
  projectKey: 'BILL',
};
const bug: IssueFacts = { ...epic, issueId: '2', issueKey: 'BILL-20', issueType: 'Bug' };

describe('Jira display conditions on the issue view', () => {
  test('issueType matches the type’s name, one or any of a list; no conditions always display', () => {
    expect(displays({ issueType: 'Epic' }, epic)).toBe(true);
    expect(displays({ issueType: 'Epic' }, bug)).toBe(false);
    expect(displays({ issueType: ['Story', 'Bug'] }, bug)).toBe(true);
    expect(displays(undefined, bug)).toBe(true);
  });

  test('the keys of one object must all hold; and, or and not combine conditions', () => {
    expect(displays({ issueType: 'Epic', projectKey: 'IAM' }, epic)).toBe(false);
    expect(displays({ or: [{ projectKey: 'IAM' }, { issueKey: 'BILL-19' }] }, epic)).toBe(true);
    expect(displays({ and: [{ issueType: 'Epic' }, { projectId: '10000' }] }, epic)).toBe(true);
    expect(displays({ not: { issueType: 'Epic' } }, bug)).toBe(true);
  });

  test('a condition the host does not evaluate is an error naming it, never silently true', () => {
    expect(() => displays({ hasIssuePermission: 'EDIT_ISSUES' }, epic)).toThrow(
      'The local host does not evaluate the display condition "hasIssuePermission"',
    );
  });
});

test('the issue view lists the app’s panel and context line on an epic, and neither on a bug', () => {
  const runtime = createLocalRuntime();
  try {
    const modulesOf = (key: string) =>
      (
        issueDetails(runtime.jira, key, DEMO_USERS.viewer, runtime.manifest.modules).modules as {
          key: string;
        }[]
      ).map((m) => m.key);
    expect(modulesOf('BILL-19')).toEqual(['epic-solutions', 'epic-serves']);
    expect(modulesOf('BILL-20')).toEqual([]);
  } finally {
    runtime.close();
  }
});
