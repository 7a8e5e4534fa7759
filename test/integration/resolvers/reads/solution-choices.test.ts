import { useApp, useSeededPortfolio } from '../../../support';

const app = useApp();
const seeded = useSeededPortfolio(app);
const BILL = '10000';

const choicesAs = async (user: 'productManager' | 'engineeringLead', projectId?: string) => {
  const result = await app.callAs(
    user,
    'market-context',
    'solutions.choices',
    projectId ? { projectId } : {},
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
};

describe('solutions.choices (the project page link modal’s solution menu)', () => {
  it('gives each live solution its market, priorities and partner products by name, leaving out the project', async () => {
    const { continuousClose } = seeded.solutions;
    let choices: Awaited<ReturnType<typeof choicesAs>> = [];
    const jira = await app.jiraRequestsDuring(async () => {
      choices = await choicesAs('productManager', BILL);
    });
    // One bulk project permission check, as the landing: no epic is read.
    expect(jira).toBe(1);
    const close = choices.find((c) => c.id === continuousClose.id)!;
    expect(close).toMatchObject({
      name: 'Continuous close',
      status: 'committed',
      markets: ['Mid-market manufacturing EMEA'],
      priorities: ['Close the books in three days', 'Pass audits without overtime'],
      hiddenPartners: 0,
    });
    expect(close.partners).toContain('Identity');
    expect(close.partners).toContain('Mobile');
    expect(close.partners).not.toContain('Billing');
    expect(choices.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Continuous close', 'Audit-ready access', 'Citizen portal']),
    );
  });

  it('counts, never names, a partner product the viewer may not browse', async () => {
    const close = (await choicesAs('engineeringLead', BILL)).find(
      (c) => c.id === seeded.solutions.continuousClose.id,
    )!;
    expect(close.partners).not.toContain('Mobile');
    expect(close.hiddenPartners).toBe(1);
    expect(JSON.stringify(close)).not.toMatch(/Mobile|MOB/);
  });
});
