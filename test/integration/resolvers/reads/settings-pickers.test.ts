import { DEMO_USERS } from '../../../../local/demo';
import { useApp } from '../../../support';

const app = useApp();

describe('the settings page’s pickers, from Jira as the viewer', () => {
  it('jira.issueTypes lists the site’s issue types in one Jira request', async () => {
    let result: Awaited<ReturnType<typeof app.callAs>> | undefined;
    const jira = await app.jiraRequestsDuring(async () => {
      result = await app.callAs('portfolioLead', 'settings', 'jira.issueTypes', {});
    });
    expect(jira).toBe(1);
    expect(result).toMatchObject({
      ok: true,
      data: expect.arrayContaining([
        { id: '10000', name: 'Epic', hierarchyLevel: 1 },
        { id: '10001', name: 'Story', hierarchyLevel: 0 },
      ]),
    });
  });

  it('users.search finds people by the start of a name, and names chosen account ids', async () => {
    expect(await app.callAs('portfolioLead', 'settings', 'users.search', { text: 'eli' })).toEqual({
      ok: true,
      data: [{ accountId: DEMO_USERS.engineeringLead, displayName: 'Eli Engström' }],
    });
    expect(
      await app.callAs('portfolioLead', 'settings', 'users.search', {
        accountIds: [DEMO_USERS.productManager, DEMO_USERS.viewer],
      }),
    ).toEqual({
      ok: true,
      data: [
        { accountId: DEMO_USERS.productManager, displayName: 'Priya Patel' },
        { accountId: DEMO_USERS.viewer, displayName: 'Vic Viewer' },
      ],
    });
    // Nothing typed, nothing asked of Jira.
    expect(
      await app.jiraRequestsDuring(() => app.callAs('portfolioLead', 'settings', 'users.search', {})),
    ).toBe(0);
  });

  it('refuses more than 20 account ids and a malformed one, naming the field', async () => {
    const many = Array.from({ length: 21 }, () => DEMO_USERS.viewer);
    expect(await app.callRaw('viewer', 'settings', 'users.search', { accountIds: many })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { accountIds: expect.any(String) } },
    });
  });
});
