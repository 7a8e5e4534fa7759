import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The subset written by test/fixtures/jira-openapi/extract.js; re-run it to add an operation. */
const subset = JSON.parse(
  readFileSync(join(__dirname, '..', 'fixtures', 'jira-openapi', 'jira-subset.json'), 'utf8'),
) as { 'x-source': Record<string, string>; paths: Record<string, object>; components: { schemas: object } };

describe('the Jira OpenAPI subset fixture', () => {
  it('says where it comes from and when it was extracted', () => {
    expect(subset['x-source']).toMatchObject({
      file: 'jira-platform-openapi-v3.json',
      extractedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      extractedBy: 'test/fixtures/jira-openapi/extract.js',
    });
  });

  it('holds exactly the operations Market Layer calls', () => {
    const operations = Object.entries(subset.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((key) => key !== 'parameters')
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      [
        'GET /rest/api/3/search/jql',
        'POST /rest/api/3/search/jql',
        'POST /rest/api/3/search/approximate-count',
        'POST /rest/api/3/issue/bulkfetch',
        'GET /rest/api/3/issue/{issueIdOrKey}',
        'GET /rest/api/3/project/search',
        'GET /rest/api/3/myself',
        'GET /rest/api/3/issuetype',
        'GET /rest/api/3/field',
        'GET /rest/api/3/user/search',
        'GET /rest/api/3/mypermissions',
        'POST /rest/api/3/permissions/check',
        'GET /rest/api/3/issue/{issueIdOrKey}/properties',
        'GET /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
        'PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
        'DELETE /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
        'POST /rest/api/3/issue/properties/multi',
        'DELETE /rest/api/3/issue/properties/{propertyKey}',
        'GET /rest/api/3/task/{taskId}',
        'GET /rest/api/3/jql/function/computation',
        'POST /rest/api/3/jql/function/computation',
      ].sort(),
    );
  });

  it('contains every schema its operations reference, directly or through other schemas', () => {
    const text = JSON.stringify(subset);
    const referenced = new Set(
      [...text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]),
    );
    expect([...referenced].filter((name) => !(name in subset.components.schemas))).toEqual([]);
    expect(Object.keys(subset.components.schemas).sort()).toEqual([...referenced].sort());
  });
});
