import { call, DEMO_USERS, demoJira } from './fixtures';

const path = (issue: string, key?: string) => `/rest/api/3/issue/${issue}/properties${key ? `/${key}` : ''}`;

describe('issue properties', () => {
  it('round-trips a value: create 201, update 200, list, read, delete 204', () => {
    const site = demoJira();
    const pm = DEMO_USERS.productManager;
    expect(call(site, 'PUT', path('BILL-1', 'market-layer'), { solutions: ['s1'] }, pm).status).toBe(201);
    expect(call(site, 'PUT', path('BILL-1', 'market-layer'), { solutions: ['s1', 's2'] }, pm).status).toBe(
      200,
    );
    expect(call(site, 'GET', path('BILL-1'), undefined, pm).body).toEqual({
      keys: [{ key: 'market-layer', self: expect.stringContaining('/properties/market-layer') }],
    });
    expect(call(site, 'GET', path('bill-1', 'market-layer'), undefined, DEMO_USERS.viewer).body).toEqual({
      key: 'market-layer',
      value: { solutions: ['s1', 's2'] },
    });
    expect(call(site, 'DELETE', path('BILL-1', 'market-layer'), undefined, pm).status).toBe(204);
    expect(call(site, 'GET', path('BILL-1', 'market-layer'), undefined, pm)).toEqual({
      status: 404,
      body: { errorMessages: ["The property with key 'market-layer' does not exist."], errors: {} },
    });
  });

  it('needs Edit issues to write, and does not touch the issue’s updated date', () => {
    const site = demoJira();
    const before = site.getIssue('BILL-1')!.updated;
    expect(call(site, 'PUT', path('BILL-1', 'x'), { a: 1 }, DEMO_USERS.viewer).status).toBe(403);
    expect(call(site, 'DELETE', path('BILL-1', 'x'), undefined, DEMO_USERS.viewer).status).toBe(404);
    expect(call(site, 'PUT', path('BILL-1', 'x'), { a: 1 }).status).toBe(201);
    expect(site.getIssue('BILL-1')!.updated).toBe(before);
  });

  it('refuses over-long keys and values, and an empty body', () => {
    const site = demoJira();
    expect(call(site, 'PUT', path('BILL-1', 'k'.repeat(256)), { a: 1 }).status).toBe(400);
    expect(call(site, 'PUT', path('BILL-1', 'big'), { text: 'x'.repeat(33000) }).status).toBe(400);
    expect(call(site, 'PUT', path('BILL-1', 'empty')).status).toBe(400);
  });

  it('answers 404 for an unknown issue', () => {
    expect(call(demoJira(), 'GET', path('BILL-9999')).status).toBe(404);
  });
});
