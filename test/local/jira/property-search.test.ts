import { createJiraSite, type SiteData } from '../../../local/jira';
import { demoSite } from '../../../local/demo';
import { call, DEMO_USERS, jqlError, keys, NOW } from './fixtures';

/** The demo site with an app that indexes a `deal` property (string list, number, text). */
function siteWithIndexedProperty() {
  const data: SiteData = demoSite();
  data.app = {
    ...data.app!,
    entityProperties: [
      {
        key: 'deal-index',
        propertyKey: 'deal',
        values: [
          { path: 'regions', type: 'string', searchAlias: 'deal.region' },
          { path: 'size.value', type: 'number', searchAlias: 'deal.size' },
          { path: 'pitch', type: 'text' },
        ],
      },
    ],
    jqlFunctions: [],
  };
  return createJiraSite(data, { now: () => NOW });
}

const multi = (issues: { issueID: number; properties: Record<string, unknown> }[]) => ({ issues });

describe('issue properties in JQL', () => {
  it('searches indexed paths by alias and by issue.property[…]; arrays match on any element', () => {
    const site = siteWithIndexedProperty();
    const [a, b] = ['BILL-1', 'BILL-2'].map((k) => Number(site.getIssue(k)!.id));
    const written = call(
      site,
      'POST',
      '/rest/api/3/issue/properties/multi',
      multi([
        {
          issueID: a,
          properties: { deal: { regions: ['EMEA', 'APAC'], size: { value: 5 }, pitch: 'Close faster' } },
        },
        { issueID: b, properties: { deal: { regions: ['AMER'], size: { value: 2 } } } },
      ]),
    );
    expect(written.status).toBe(303);
    expect(keys(site, 'deal.region = APAC')).toEqual(['BILL-1']);
    expect(keys(site, 'issue.property[deal].regions in (AMER, EMEA) ORDER BY key')).toEqual([
      'BILL-1',
      'BILL-2',
    ]);
    expect(keys(site, 'deal.size >= 3')).toEqual(['BILL-1']);
    expect(keys(site, 'issue.property[deal].pitch ~ "close"')).toEqual(['BILL-1']);
    // Negative operators need the value: only BILL-2 has regions and no EMEA.
    expect(keys(site, 'deal.region != EMEA')).toEqual(['BILL-2']);
    expect(keys(site, 'project = BILL AND deal.region is not empty ORDER BY key')).toEqual([
      'BILL-1',
      'BILL-2',
    ]);
    // A path no module indexes is not searchable in Jira: it matches nothing.
    expect(keys(site, 'issue.property[deal].owner = "x"')).toEqual([]);
    expect(jqlError(site, 'deal.size ~ 5')).toBe(
      "The operator '~' is not supported by the 'deal.size' field.",
    );
  });

  it('a property write changes results at once; the bulk write skips issues the caller may not edit', () => {
    const site = siteWithIndexedProperty();
    const id = Number(site.getIssue('BILL-1')!.id);
    expect(keys(site, 'deal.region = EMEA')).toEqual([]);
    const asViewer = call(
      site,
      'POST',
      '/rest/api/3/issue/properties/multi',
      multi([{ issueID: id, properties: { deal: { regions: ['EMEA'] } } }]),
      DEMO_USERS.viewer,
    );
    expect(asViewer.status).toBe(303);
    expect(keys(site, 'deal.region = EMEA')).toEqual([]);
    call(
      site,
      'POST',
      '/rest/api/3/issue/properties/multi',
      multi([{ issueID: id, properties: { deal: { regions: ['EMEA'] } } }]),
    );
    expect(keys(site, 'deal.region = EMEA')).toEqual(['BILL-1']);
  });

  it('refuses malformed bulk writes with 400', () => {
    const site = siteWithIndexedProperty();
    const post = (body: unknown) => call(site, 'POST', '/rest/api/3/issue/properties/multi', body).status;
    expect(post({ issues: [] })).toBe(400);
    expect(
      post({ issues: Array.from({ length: 101 }, (_, i) => ({ issueID: i + 1, properties: { a: 1 } })) }),
    ).toBe(400);
    expect(post({ issues: [{ issueID: 'x', properties: { a: 1 } }] })).toBe(400);
    expect(post({ issues: [{ issueID: 1, properties: {} }] })).toBe(400);
    expect(post({ issues: [{ issueID: 1, properties: { a: 'x'.repeat(33000) } }] })).toBe(400);
    expect(post({ issues: [{ issueID: 1, properties: { a: 1 } }], extra: true })).toBe(400);
  });

  it('an app function with no precomputation cannot run through the synchronous handle', () => {
    const data: SiteData = demoSite();
    data.app = {
      ...data.app!,
      jqlFunctions: [{ key: 'fn', name: 'myFn', operators: ['in'], types: ['issue'], arguments: [] }],
    };
    const site = createJiraSite(data, { now: () => NOW });
    expect(jqlError(site, 'issue in myFn()')).toBe(
      "The function 'myFn' could not be evaluated. Try again later.",
    );
    expect(jqlError(site, 'issue = myFn()')).toBe(
      "Error in the JQL Query: The operator '=' is not supported by the function 'myFn'.",
    );
    expect(jqlError(site, 'project in myFn()')).toBe(
      "Error in the JQL Query: The function 'myFn' is not supported for the field 'project'.",
    );
  });

  it('handleAsync asks the host once per call and evaluates its fragment; a throwing host stores nothing', async () => {
    const data: SiteData = demoSite();
    data.app = {
      ...data.app!,
      jqlFunctions: [{ key: 'fn', name: 'billOnly', operators: ['in'], types: ['issue'], arguments: [] }],
    };
    const site = createJiraSite(data, { now: () => NOW });
    const calls: unknown[] = [];
    let fail = true;
    site.setJqlFunctionHost(async (moduleKey, event) => {
      calls.push({ moduleKey, event });
      if (fail) throw new Error('down');
      return { jql: 'project = BILL AND key = BILL-1' };
    });
    const request = {
      method: 'POST',
      path: '/rest/api/3/search/jql',
      body: { jql: 'issue in billOnly()', fields: ['key'] },
      accountId: DEMO_USERS.viewer,
    };
    expect((await site.handleAsync(request)).status).toBe(400);
    fail = false;
    const answer = await site.handleAsync(request);
    expect((answer.body as { issues: { key: string }[] }).issues.map((i) => i.key)).toEqual(['BILL-1']);
    await site.handleAsync(request);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toEqual({
      moduleKey: 'fn',
      event: {
        precomputationId: expect.any(String),
        clause: { field: 'issue', type: ['issue'], operator: 'in', functionName: 'billOnly', arguments: [] },
      },
    });
  });
});
