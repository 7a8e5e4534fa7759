import { exchangeViolations } from '../../contract/record-jira-traffic';
import { jiraHarness, type JiraHarness } from './harness';

/**
 * Every request the Jira client sends, and every answer it relies on, must match Atlassian's
 * published OpenAPI description (the subset in test/fixtures/jira-openapi).
 */
describe('the Jira client speaks Jira’s published API', () => {
  let h: JiraHarness;
  beforeAll(() => {
    h = jiraHarness();
  });
  afterAll(() => h.rt.close());

  it('sends only requests the OpenAPI description allows', async () => {
    const projects = await h.as('productManager', (j) => j.listProjects('user'));
    const { issues } = await h.as('productManager', (j) =>
      j.searchEpics(
        { issueTypes: ['Epic'], projectIds: [projects[0].id], excludeDone: true, text: 'a' },
        'user',
      ),
    );
    const ids = issues.map((i) => i.id);
    await h.as('productManager', (j) => j.snapshotsFor(ids, 'user'));
    await h.as('productManager', (j) => j.getIssue(issues[0].key, 'user'));
    await h.as('productManager', (j) => j.checkPermissions({ issueIds: ids, projectIds: [projects[0].id] }));
    await h.as(undefined, (j) => j.openEpicCounts([projects[0]], ['Epic'], 'app'));

    const used = new Set(h.traffic());
    expect(used.size).toBe(6);
    const violations = h.rt.jiraTraffic.flatMap((exchange, i) =>
      exchangeViolations(exchange).map(
        (v) => `#${i + 1} ${exchange.request.method} ${exchange.request.path}: ${v}`,
      ),
    );
    expect(violations).toEqual([]);
  });
});
