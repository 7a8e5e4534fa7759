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

  test("entity property conditions read the issue's own properties, by key and dot path", () => {
    const layer = {
      solutionIds: ['sol_1'],
      markets: ['EMEA', 'APAC'],
      integrationIndex: 2,
      owner: { team: 'core' },
    };
    const linked: IssueFacts = { ...epic, property: (key) => (key === 'market-layer' ? layer : undefined) };
    const exists = { entity: 'issue', propertyKey: 'market-layer' };
    expect(displays({ entityPropertyExists: exists }, linked)).toBe(true);
    expect(displays({ entityPropertyExists: exists }, epic)).toBe(false);
    expect(displays({ entityPropertyExists: { ...exists, objectName: 'owner.team' } }, linked)).toBe(true);
    expect(displays({ entityPropertyExists: { ...exists, objectName: 'owner.name' } }, linked)).toBe(false);
    expect(
      displays({ entityPropertyEqualTo: { ...exists, objectName: 'owner.team', value: 'core' } }, linked),
    ).toBe(true);
    expect(
      displays({ entityPropertyEqualTo: { ...exists, objectName: 'integrationIndex', value: '2' } }, linked),
    ).toBe(true);
    expect(
      displays(
        { entityPropertyContainsAny: { ...exists, objectName: 'markets', value: '["APAC","AMER"]' } },
        linked,
      ),
    ).toBe(true);
    expect(
      displays(
        { entityPropertyContainsAll: { ...exists, objectName: 'markets', value: '["APAC","AMER"]' } },
        linked,
      ),
    ).toBe(false);
    expect(() => displays({ entityPropertyExists: { ...exists, entity: 'project' } }, linked)).toThrow(
      'The local host evaluates "entityPropertyExists" on the issue\'s own properties only (entity: issue)',
    );
  });

  test('a condition the host does not evaluate is an error naming it, never silently true', () => {
    expect(() => displays({ hasIssuePermission: 'EDIT_ISSUES' }, epic)).toThrow(
      'The local host does not evaluate the display condition "hasIssuePermission"',
    );
  });
});

test('the issue view lists the app’s panel on an epic and its context line only while the epic carries the market layer; neither on a bug', () => {
  const runtime = createLocalRuntime();
  try {
    const modulesOf = (key: string) =>
      (
        issueDetails(runtime.jira, key, DEMO_USERS.viewer, runtime.manifest.modules).modules as {
          key: string;
        }[]
      ).map((m) => m.key);
    expect(modulesOf('BILL-19')).toEqual(['epic-solutions']);
    // What the app writes on a linked epic (and deletes when the last link goes).
    runtime.jira.setIssueProperty('BILL-19', 'market-layer', { solutionIds: ['sol_1'] });
    expect(modulesOf('BILL-19')).toEqual(['epic-solutions', 'epic-serves']);
    expect(modulesOf('BILL-20')).toEqual([]);
  } finally {
    runtime.close();
  }
});
