import type { Input, Output, ResolverKey } from '../../../../src/contract';
import { type DemoUserRole, expectNoLeak, useApp } from '../../../support';

const app = useApp();

async function call<K extends ResolverKey>(
  user: DemoUserRole,
  key: K,
  payload: Input<K>,
  project?: string,
): Promise<Output<K>> {
  const moduleKey = project ? 'market-context' : 'portfolio';
  const result = await app.callAs(user, moduleKey, key, payload, project ? { project } : undefined);
  if (!result.ok) throw new Error(`${key} failed: ${JSON.stringify(result.error)}`);
  return result.data;
}

/** One solution, with BILL-19 linked by the product manager and IAM-1 and MOB-4 by the lead. */
async function linkThreeProducts(): Promise<void> {
  const market = await call('portfolioLead', 'market.create', {
    name: 'Mid-market banks',
    strategicWeight: 4,
    status: 'target',
  });
  const priority = await call('portfolioLead', 'priority.create', {
    marketId: market.id,
    title: 'Close the books in three days',
    outcome: 'Month-end close in three working days',
    layer: 'executive',
    importance: 5,
    status: 'validated',
  });
  const solution = await call('portfolioLead', 'solution.create', {
    name: 'Continuous close',
    valueStatement: 'Finance closes the month without a crunch.',
    priorityIds: [priority.id],
    horizon: 'now',
    status: 'committed',
  });
  await call('productManager', 'contribution.link', { solutionId: solution.id, issue: 'BILL-19' });
  for (const issue of ['IAM-1', 'MOB-4'])
    await call('portfolioLead', 'contribution.link', { solutionId: solution.id, issue });
}

describe('products are shown by their Jira project name once an epic is linked', () => {
  it('names the project, its partners and the portfolio products as Jira does', async () => {
    await linkThreeProducts();

    const project = await call('productManager', 'project.get', {}, 'BILL');
    expect(project.project.name).toBe('Billing');
    const partners = project.solutions[0].partners.map((p) => [p.projectKey, p.name]);
    expect(partners).toEqual([
      ['IAM', 'Identity'],
      ['MOB', 'Mobile'],
    ]);

    await call('productManager', 'portfolio.get', {}); // the first landing starts the open-epic count
    await app.rt.deliverJobs();
    const portfolio = await call('productManager', 'portfolio.get', {});
    const withRecord = portfolio.products.filter((p) => p.version !== null);
    expect(withRecord.map((p) => [p.projectKey, p.projectName, p.version])).toEqual([
      ['BILL', 'Billing', 1],
      ['IAM', 'Identity', 1],
      ['MOB', 'Mobile', 1],
    ]);
    // Balance lists every project with open epics, linked or not, by its Jira name.
    expect(portfolio.balance.items.map((b) => b.name).sort()).toEqual([
      'Analytics',
      'Billing',
      'Identity',
      'Integrations',
      'Mobile',
      'Platform',
    ]);

    const admin = await call('portfolioLead', 'admin.get', {});
    expect(admin.counts.products).toBe(3);
  });

  it('never names a product whose project the viewer cannot browse', async () => {
    await linkThreeProducts();
    // The engineering lead cannot browse MOB.
    const project = await call('engineeringLead', 'project.get', {}, 'BILL');
    const mobile = project.solutions[0].partners.find((p) => p.projectId === '10004');
    expect(mobile).toMatchObject({ projectKey: null, name: null, contributionCount: 1 });
    const portfolio = await call('engineeringLead', 'portfolio.get', {});
    expect(portfolio.products.find((p) => p.projectId === '10004')).toMatchObject({
      projectKey: '',
      projectName: '',
      browsable: false,
    });
    expectNoLeak([project, portfolio], ['MOB-4'], ['Mobile', 'Launch push notifications']);
  });

  it('keeps one product record per project however many of its epics are linked', async () => {
    await linkThreeProducts();
    const [solution] = (await call('portfolioLead', 'portfolio.get', {})).solutions;
    expect(solution.name).toBe('Continuous close');
    await call('portfolioLead', 'contribution.link', { solutionId: solution.id, issue: 'BILL-1' });
    const portfolio = await call('portfolioLead', 'portfolio.get', {});
    expect(portfolio.products.filter((p) => p.projectKey === 'BILL')).toMatchObject([
      { projectName: 'Billing', version: 1 },
    ]);
  });
});
