import { call, DEMO_USERS, demoJira } from './fixtures';

const site = demoJira();

describe('GET /rest/api/3/project/search', () => {
  it('pages with startAt and maxResults and reports total and isLast', () => {
    const first = call(site, 'GET', '/rest/api/3/project/search?maxResults=4');
    expect(first.body).toMatchObject({
      startAt: 0,
      maxResults: 4,
      total: 6,
      isLast: false,
      nextPage: expect.any(String),
    });
    expect((first.body.values as Array<{ key: string }>).map((p) => p.key)).toEqual([
      'ANLY',
      'BILL',
      'IAM',
      'INT',
    ]);
    const second = call(site, 'GET', '/rest/api/3/project/search?maxResults=4&startAt=4');
    expect(second.body).toMatchObject({ startAt: 4, total: 6, isLast: true });
    expect((second.body.values as Array<{ key: string }>).map((p) => p.key)).toEqual(['MOB', 'PLAT']);
  });

  it('filters by keys and ids, in either repeated or comma form', () => {
    const byKeys = call(site, 'GET', '/rest/api/3/project/search?keys=BILL&keys=plat');
    expect((byKeys.body.values as Array<{ key: string }>).map((p) => p.key)).toEqual(['BILL', 'PLAT']);
    const billId = site.projects.find((p) => p.key === 'BILL')!.id;
    const byId = call(site, 'GET', `/rest/api/3/project/search?id=${billId}`);
    expect(byId.body.values).toEqual([
      expect.objectContaining({ id: billId, key: 'BILL', name: 'Billing', projectTypeKey: 'software' }),
    ]);
  });

  it('caps maxResults at 100 and expands the lead on request', () => {
    const answer = call(site, 'GET', '/rest/api/3/project/search?maxResults=500&expand=lead');
    expect(answer.body.maxResults).toBe(100);
    expect((answer.body.values as Array<{ lead: { accountId: string } }>)[0].lead.accountId).toBe(
      DEMO_USERS.portfolioLead,
    );
  });

  it('with action=edit lists only projects the user administers', () => {
    expect(
      call(site, 'GET', '/rest/api/3/project/search?action=edit', undefined, DEMO_USERS.viewer).body.total,
    ).toBe(0);
    expect(
      call(site, 'GET', '/rest/api/3/project/search?action=edit', undefined, DEMO_USERS.portfolioLead).body
        .total,
    ).toBe(6);
  });
});

describe('GET /rest/api/3/myself', () => {
  it('returns the calling user, with groups on request', () => {
    const answer = call(
      site,
      'GET',
      '/rest/api/3/myself?expand=groups',
      undefined,
      DEMO_USERS.productManager,
    );
    expect(answer.body).toMatchObject({
      accountId: DEMO_USERS.productManager,
      accountType: 'atlassian',
      emailAddress: 'priya.pm@acme-demo.test',
      displayName: 'Priya Patel',
      active: true,
      groups: { size: 2, items: [{ name: 'jira-software-users' }, { name: 'product-managers' }] },
    });
  });

  it('returns the app user when called as the app, and 401 for an unknown account', () => {
    expect(call(site, 'GET', '/rest/api/3/myself').body).toMatchObject({
      accountType: 'app',
      displayName: 'Market Layer',
    });
    expect(call(site, 'GET', '/rest/api/3/myself', undefined, 'nobody').status).toBe(401);
  });
});
