import { parseJql } from '../../../local/jira/jql/parser';

function errorOf(jql: string): string {
  try {
    parseJql(jql);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`parsed: ${jql}`);
}

describe('JQL parser', () => {
  it('binds AND tighter than OR, and NOT tighter than AND', () => {
    expect(parseJql('project = A OR project = B AND NOT status = Done').where).toEqual({
      kind: 'or',
      clauses: [
        expect.objectContaining({ kind: 'terminal', field: 'project' }),
        {
          kind: 'and',
          clauses: [
            expect.objectContaining({ field: 'project' }),
            { kind: 'not', clause: expect.objectContaining({ field: 'status' }) },
          ],
        },
      ],
    });
  });

  it('lets parentheses override precedence', () => {
    const where = parseJql('(project = A OR project = B) AND status = Done').where;
    expect(where).toMatchObject({ kind: 'and', clauses: [{ kind: 'or' }, { kind: 'terminal' }] });
  });

  it('reads lists, quoted values, NOT IN, IS NOT EMPTY and functions', () => {
    const where = parseJql(
      `project in (BILL, "Identity", '10002') and key not in (A-1) and duedate is not empty and assignee = currentUser()`,
    ).where;
    expect(where).toMatchObject({
      kind: 'and',
      clauses: [
        {
          operator: 'in',
          operand: { kind: 'list', values: [{ value: 'BILL' }, { value: 'Identity' }, { value: '10002' }] },
        },
        { operator: 'not in' },
        { operator: 'is not', operand: { kind: 'empty' } },
        { operand: { kind: 'function', name: 'currentUser', args: [] } },
      ],
    });
  });

  it('accepts keywords in any case and && / || / ! as synonyms', () => {
    expect(parseJql('project = A && !status = Done || key = A-1').where).toMatchObject({ kind: 'or' });
    expect(parseJql('project = A order by KEY desc, created').orderBy).toEqual([
      { field: 'KEY', direction: 'desc' },
      { field: 'created', direction: 'asc' },
    ]);
  });

  it('parses an ORDER BY with no restriction as an unbounded query', () => {
    expect(parseJql('ORDER BY key DESC')).toEqual({
      where: undefined,
      orderBy: [{ field: 'key', direction: 'desc' }],
    });
  });

  it.each([
    [
      'project = ',
      'Error in the JQL Query: Expecting either a value, list or function before the end of the query.',
    ],
    ['project = A AND', 'Error in the JQL Query: Expecting a field name at the end of the query.'],
    ['project', 'Error in the JQL Query: Expecting operator before the end of the query.'],
    ['project BILL', "Error in the JQL Query: Expecting operator but got 'BILL'."],
    [
      'project = OR',
      "Expecting either a value, list or function but got 'OR'. You must surround 'OR' in quotation marks",
    ],
    ['(project = A', "Error in the JQL Query: Expecting ')' before the end of the query."],
    [
      'project = A B',
      "Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'B'. (line 1, character 13)",
    ],
    [
      'summary ~ "open',
      "Error in the JQL Query: The quoted string 'open' has not been completed. (line 1, character 11)",
    ],
    ['project in A', "Error in the JQL Query: Expecting '(' but got 'A'."],
    ['duedate is soon', "Error in the JQL Query: Expecting 'EMPTY' or 'NULL' but got 'soon'."],
    ['status was Done', "The operator 'WAS' is not supported by the local Jira emulator"],
    ['summary = a*b', "The character '*' is a reserved JQL character."],
  ])('rejects %j with Jira’s message', (jql, message) => {
    expect(errorOf(jql)).toContain(message);
  });
});
