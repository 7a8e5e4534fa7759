import { DEMO_USERS, jqlError, keys, tinySite } from './fixtures';

const site = tinySite();

describe('JQL clauses on /search/jql', () => {
  it.each([
    ['project = ALP', ['ALP-1', 'ALP-2', 'ALP-3', 'ALP-4']],
    ['project = "alp"', ['ALP-1', 'ALP-2', 'ALP-3', 'ALP-4']],
    ['project = 20001', ['BET-1', 'BET-2']],
    ['project = "Beta Suite"', ['BET-1', 'BET-2']],
    ['project in (ALP, "20001")', ['ALP-1', 'ALP-2', 'ALP-3', 'ALP-4', 'BET-1', 'BET-2']],
    ['project != ALP', ['BET-1', 'BET-2']],
    ['project not in (ALP)', ['BET-1', 'BET-2']],
    ['issuetype = Epic', ['ALP-1', 'ALP-4', 'BET-1']],
    ['issuetype in (Story, 10003)', ['ALP-2', 'ALP-3']],
    ['type = task', ['BET-2']],
    ['key in (ALP-2, bet-1)', ['ALP-2', 'BET-1']],
    ['key = ALP-3', ['ALP-3']],
    ['issuekey != ALP-3 AND project = ALP', ['ALP-1', 'ALP-2', 'ALP-4']],
    ['id in (30001, 30006)', ['ALP-1', 'BET-2']],
    ['id = 99999', []],
    ['parent in (ALP-1, 30005)', ['ALP-2', 'ALP-3', 'BET-2']],
    ['parent = ALP-1', ['ALP-2', 'ALP-3']],
    ['parent is EMPTY', ['ALP-1', 'ALP-4', 'BET-1']],
    ['statusCategory = Done', ['ALP-3', 'BET-1']],
    ['statusCategory = indeterminate', ['ALP-2', 'ALP-4']],
    ['statusCategory in (2, "In Progress")', ['ALP-1', 'ALP-2', 'ALP-4', 'BET-2']],
    ['statusCategory != Done', ['ALP-1', 'ALP-2', 'ALP-4', 'BET-2']],
    ['status = "In Review"', ['ALP-4']],
    ['status in (10000, Done)', ['ALP-1', 'ALP-3', 'BET-1', 'BET-2']],
    ['labels = growth', ['ALP-4']],
    ['assignee = currentUser()', []],
    ['summary ~ "pricing"', ['ALP-1', 'ALP-2']],
  ])('%s', (jql, expected) => {
    expect(keys(site, jql)).toEqual(expected);
  });

  it('resolves currentUser() to the calling account', () => {
    expect(keys(site, 'assignee = currentUser()', DEMO_USERS.productManager)).toEqual(['BET-2']);
    expect(keys(site, `assignee = "${DEMO_USERS.productManager}"`)).toEqual(['BET-2']);
  });

  describe('boolean logic', () => {
    it.each([
      ['project = ALP AND issuetype = Epic', ['ALP-1', 'ALP-4']],
      ['issuetype = Bug OR issuetype = Task', ['ALP-3', 'BET-2']],
      ['project = BET OR project = ALP AND statusCategory = Done', ['ALP-3', 'BET-1', 'BET-2']],
      ['(project = BET OR project = ALP) AND statusCategory = Done', ['ALP-3', 'BET-1']],
      ['project = ALP AND NOT issuetype = Epic', ['ALP-2', 'ALP-3']],
      ['NOT (project = ALP OR statusCategory = Done)', ['BET-2']],
    ])('%s', (jql, expected) => {
      expect(keys(site, jql)).toEqual(expected);
    });
  });

  describe('dates', () => {
    it.each([
      ['updated >= "2026-02-20"', ['ALP-2', 'ALP-4', 'BET-2']],
      ['updated > "2026/02/20 10:00"', ['ALP-4', 'BET-2']],
      ['created < 2026-01-01', ['BET-1', 'BET-2']],
      ['duedate <= "2026-03-15"', ['ALP-3', 'BET-1']],
      ['duedate is empty', ['ALP-2', 'BET-2']],
      ['updated >= -6d', ['ALP-4', 'BET-2']],
      ['updated >= -3d', ['BET-2']],
    ])('%s', (jql, expected) => {
      expect(keys(site, jql)).toEqual(expected);
    });

    it('rejects a date it cannot read', () => {
      expect(jqlError(site, 'updated >= "last week"')).toContain(
        "Date value 'last week' for field 'updated' is invalid.",
      );
    });
  });

  describe('ORDER BY', () => {
    it.each([
      ['project in (ALP, BET) ORDER BY key DESC', ['BET-2', 'BET-1', 'ALP-4', 'ALP-3', 'ALP-2', 'ALP-1']],
      ['project in (ALP, BET) ORDER BY rank', ['ALP-4', 'BET-1', 'ALP-2', 'ALP-3', 'ALP-1', 'BET-2']],
      ['project in (ALP, BET) ORDER BY created DESC', ['ALP-4', 'ALP-3', 'ALP-2', 'ALP-1', 'BET-2', 'BET-1']],
      ['project in (ALP, BET) ORDER BY updated', ['BET-1', 'ALP-3', 'ALP-1', 'ALP-2', 'ALP-4', 'BET-2']],
      ['project in (ALP, BET) ORDER BY duedate ASC', ['BET-1', 'ALP-3', 'ALP-1', 'ALP-4', 'ALP-2', 'BET-2']],
      [
        'project in (ALP, BET) ORDER BY project DESC, key DESC',
        ['BET-2', 'BET-1', 'ALP-4', 'ALP-3', 'ALP-2', 'ALP-1'],
      ],
    ])('%s', (jql, expected) => {
      expect(keys(site, jql)).toEqual(expected);
    });
  });

  describe('errors are 400s with Jira’s messages, never ignored', () => {
    it.each([
      ['foo = bar', "Field 'foo' does not exist or you do not have permission to view it."],
      ['project = NOPE', "The value 'NOPE' does not exist for the field 'project'."],
      ['issuetype = Saga', "The value 'Saga' does not exist for the field 'issuetype'."],
      ['statusCategory = Blocked', "The value 'Blocked' does not exist for the field 'statusCategory'."],
      ['status = Resolved', "The value 'Resolved' does not exist for the field 'status'."],
      ['key = ALP-99', "An issue with key 'ALP-99' does not exist for field 'key'."],
      ['parent in (ALP-1, ZZZ-1)', "An issue with key 'ZZZ-1' does not exist for field 'parent'."],
      ['key = 1.0', "The issue key '1.0' for field 'key' is invalid."],
      ['project ~ ALP', "The operator '~' is not supported by the 'project' field."],
      ['summary = pricing', "The operator '=' is not supported by the 'summary' field."],
      ['project = membersOf(x)', "The function 'membersOf' is not supported"],
      [
        'priority = High',
        "The field 'priority' exists in Jira but is not supported by the local Jira emulator.",
      ],
      ['project = ALP ORDER BY foo', "Field 'foo' does not exist or you do not have permission to view it."],
      ['project = (ALP, BET)', "The operator '=' does not support a list of values"],
      [
        'ORDER BY key',
        'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
      ],
      ['', 'Unbounded JQL queries are not allowed here.'],
    ])('%j', (jql, message) => {
      expect(jqlError(site, jql)).toContain(message);
    });
  });
});
