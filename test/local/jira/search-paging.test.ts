import { generateSite } from '../../../local/demo';
import { createJiraSite } from '../../../local/jira';
import { call, NOW, search, tinySite } from './fixtures';

const big = createJiraSite(generateSite({ projects: 2, epicsPerProject: 150, childrenPerEpic: 1 }), {
  now: () => NOW,
});

describe('/search/jql paging', () => {
  it('follows nextPageToken across pages until isLast, without gaps or repeats', () => {
    const seen: string[] = [];
    let nextPageToken: string | undefined;
    let pages = 0;
    do {
      const page = search(big, {
        jql: 'issuetype = Epic ORDER BY key',
        maxResults: 70,
        fields: ['key'],
        nextPageToken,
      });
      expect(page.status).toBe(200);
      seen.push(...page.issues.map((i) => i.key ?? ''));
      expect(page.isLast).toBe(page.nextPageToken === undefined);
      nextPageToken = page.nextPageToken;
      pages++;
    } while (nextPageToken);
    expect(pages).toBe(5);
    expect(seen).toHaveLength(300);
    expect(new Set(seen).size).toBe(300);
  });

  it('pages the same way over GET with the token in the query string', () => {
    const first = call(big, 'GET', '/rest/api/3/search/jql?jql=issuetype%3DEpic&maxResults=200');
    const token = first.body.nextPageToken as string;
    const second = call(
      big,
      'GET',
      `/rest/api/3/search/jql?jql=issuetype%3DEpic&maxResults=200&nextPageToken=${token}`,
    );
    expect((second.body.issues as unknown[]).length).toBe(100);
    expect(second.body.isLast).toBe(true);
    expect(second.body).not.toHaveProperty('nextPageToken');
  });

  it('refuses a token from another query and a malformed token', () => {
    const page = search(big, { jql: 'issuetype = Epic', maxResults: 10 });
    expect(search(big, { jql: 'issuetype = Story', nextPageToken: page.nextPageToken }).status).toBe(400);
    expect(search(big, { jql: 'issuetype = Epic', nextPageToken: 'BOGUS' }).status).toBe(400);
  });

  it('on POST reads only the body, so a token in the query string does not page', () => {
    const page = search(big, { jql: 'issuetype = Epic', maxResults: 10 });
    const answer = call(big, 'POST', `/rest/api/3/search/jql?nextPageToken=${page.nextPageToken}`, {
      jql: 'issuetype = Epic',
      maxResults: 10,
    });
    expect(answer.body.issues).toEqual(page.issues);
  });
});

describe('/search/jql maxResults', () => {
  it('defaults to 50', () => {
    expect(search(big, { jql: 'issuetype = Epic' }).issues).toHaveLength(50);
  });

  it('serves up to 5000 a page when only id or key is requested', () => {
    expect(
      search(big, { jql: 'project in (BILL, IAM)', maxResults: 5000, fields: ['id'] }).issues,
    ).toHaveLength(600);
  });

  it('serves at most 100 a page when other fields are requested, and says more remain', () => {
    const page = search(big, { jql: 'issuetype = Epic', maxResults: 500, fields: ['summary'] });
    expect(page.issues).toHaveLength(100);
    expect(page.isLast).toBe(false);
  });

  it.each([0, -1, 5001])('refuses maxResults %i', (maxResults) => {
    const page = search(big, { jql: 'issuetype = Epic', maxResults });
    expect(page.status).toBe(400);
    expect(page.errorMessages?.[0]).toContain('between 1 and 5000');
  });

  it('refuses body properties the request bean does not declare', () => {
    expect(search(big, { jql: 'issuetype = Epic', startAt: 10 }).status).toBe(400);
  });
});

describe('/search/jql fields', () => {
  const site = tinySite();
  const first = (fields?: string[]) =>
    search(site, { jql: 'key = ALP-2', ...(fields && { fields }) }).issues[0];

  it('returns ids only by default', () => {
    expect(first()).toEqual({ id: '30002' });
  });

  it('returns key and self when key is asked for', () => {
    expect(first(['key'])).toMatchObject({
      id: '30002',
      key: 'ALP-2',
      self: expect.stringContaining('/issue/30002'),
    });
    expect(first(['key'])).not.toHaveProperty('fields');
  });

  it('returns just the listed fields, in Jira’s shapes', () => {
    const issue = first(['summary', 'status', 'parent', 'duedate']);
    expect(Object.keys(issue.fields ?? {}).sort()).toEqual(['duedate', 'parent', 'status', 'summary']);
    expect(issue.fields).toMatchObject({
      summary: 'Configure pricing tiers',
      duedate: null,
      status: {
        name: 'In Progress',
        statusCategory: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
      },
      parent: {
        id: '30001',
        key: 'ALP-1',
        fields: { summary: 'Usage-based pricing', issuetype: { name: 'Epic', hierarchyLevel: 1 } },
      },
    });
  });

  it('accepts comma-separated lists, *all, *navigable and -exclusions', () => {
    expect(Object.keys(first(['summary,labels']).fields ?? {}).sort()).toEqual(['labels', 'summary']);
    const all = Object.keys(first(['*all']).fields ?? {});
    expect(all).toEqual(
      expect.arrayContaining(['summary', 'issuetype', 'status', 'project', 'parent', 'created', 'updated']),
    );
    expect(Object.keys(first(['*navigable', '-description', '-parent']).fields ?? {})).not.toContain(
      'parent',
    );
    expect(Object.keys(first(['-description']).fields ?? {})).toContain('summary');
  });

  it('leaves parent out for an issue without one and renders timestamps as Jira does', () => {
    const epic = search(site, { jql: 'key = ALP-1', fields: ['parent', 'created'] }).issues[0];
    expect(epic.fields).toEqual({ created: '2026-01-01T10:00:00.000+0000' });
  });

  it('returns up to five requested issue properties', () => {
    site.setIssueProperty('ALP-2', 'market-layer', { solutions: 2 });
    const issue = search(site, { jql: 'key = ALP-2', properties: ['market-layer', 'missing'] }).issues[0];
    expect(issue.properties).toEqual({ 'market-layer': { solutions: 2 } });
  });
});

describe('/search/approximate-count', () => {
  const site = tinySite();
  it('counts matches and applies the same JQL rules', () => {
    expect(call(site, 'POST', '/rest/api/3/search/approximate-count', { jql: 'project = ALP' }).body).toEqual(
      { count: 4 },
    );
    expect(call(site, 'POST', '/rest/api/3/search/approximate-count', { jql: 'ORDER BY key' }).status).toBe(
      400,
    );
    expect(call(site, 'POST', '/rest/api/3/search/approximate-count', { jql: 'bogus = 1' }).status).toBe(400);
  });
});
