import type { Contribution, Market, Priority, Solution } from '../../src/contract';
import type { SiteIssue } from '../../local/jira';
import type { TestApp } from './app';
import { epicsOf, securedEpic } from './site';

/**
 * A small portfolio on the demo site, made through the real mutation resolvers as the portfolio
 * lead. Scores with the default layer weights (executive 3, senior manager 2, user 1):
 * close = 4×5×3 = 60, audit = 4×3×2 = 24, citizen = 2×4×1 = 8; so solutions rank
 * continuousClose 84, auditReadyAccess 24, citizenPortal 8.
 *
 * Contributions: continuousClose ← BILL, IAM, MOB and the secured PLAT epic (four products);
 * auditReadyAccess ← a second IAM epic (single product); citizenPortal has none.
 * Hidden: from the engineering lead the MOB and the secured epic; from the product manager and
 * the viewer the secured epic.
 */
export interface SeededPortfolio {
  markets: { emea: Market; publicSector: Market };
  priorities: { close: Priority; audit: Priority; citizen: Priority };
  solutions: { continuousClose: Solution; auditReadyAccess: Solution; citizenPortal: Solution };
  epics: { bill: SiteIssue; iam: SiteIssue; iamAccess: SiteIssue; mob: SiteIssue; secured: SiteIssue };
  contributions: {
    bill: Contribution;
    iam: Contribution;
    iamAccess: Contribution;
    mob: Contribution;
    secured: Contribution;
  };
}

async function asLead<T>(app: TestApp, key: string, payload: unknown): Promise<T> {
  const result = await app.callRaw('portfolioLead', 'portfolio', key, payload);
  if (!result.ok) throw new Error(`Seeding ${key} failed: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

export async function seedPortfolio(app: TestApp): Promise<SeededPortfolio> {
  const { rt } = app;
  const market = (name: string, strategicWeight: number, status: string) =>
    asLead<Market>(app, 'market.create', {
      name,
      strategicWeight,
      status,
      segments: [{ kind: 'region', value: 'EMEA' }],
    });
  const emea = await market('Mid-market manufacturing EMEA', 4, 'target');
  const publicSector = await market('Public sector', 2, 'explore');

  const priority = (marketId: string, title: string, layer: string, importance: number, status: string) =>
    asLead<Priority>(app, 'priority.create', {
      marketId,
      title,
      outcome: `${title}, measured quarterly`,
      layer,
      importance,
      status,
    });
  const close = await priority(emea.id, 'Close the books in three days', 'executive', 5, 'validated');
  const audit = await priority(emea.id, 'Pass audits without overtime', 'senior-manager', 3, 'validated');
  const citizen = await priority(
    publicSector.id,
    'Citizens serve themselves online',
    'user',
    4,
    'hypothesis',
  );

  const solution = (name: string, priorityIds: string[], status: string) =>
    asLead<Solution>(app, 'solution.create', {
      name,
      valueStatement: `${name} for the customer`,
      priorityIds,
      horizon: 'now',
      status,
    });
  const continuousClose = await solution('Continuous close', [close.id, audit.id], 'committed');
  const auditReadyAccess = await solution('Audit-ready access', [audit.id], 'in-delivery');
  const citizenPortal = await solution('Citizen portal', [citizen.id], 'proposed');

  const [iam, iamAccess] = epicsOf(rt, 'IAM', { open: true });
  const epics = {
    bill: epicsOf(rt, 'BILL', { open: true })[0],
    iam,
    iamAccess,
    mob: epicsOf(rt, 'MOB', { open: true })[0],
    secured: securedEpic(rt),
  };
  const link = (solutionId: string, epic: SiteIssue) =>
    asLead<Contribution>(app, 'contribution.link', {
      solutionId,
      issue: epic.key,
      note: `Delivers ${epic.key}`,
    });
  const contributions = {
    bill: await link(continuousClose.id, epics.bill),
    iam: await link(continuousClose.id, epics.iam),
    mob: await link(continuousClose.id, epics.mob),
    secured: await link(continuousClose.id, epics.secured),
    iamAccess: await link(auditReadyAccess.id, epics.iamAccess),
  };
  // The links' issue properties are written by the job consumer (src/resolvers/jobs/layer-event.ts).
  await rt.deliverJobs({ fastForward: true });
  return {
    markets: { emea, publicSector },
    priorities: { close, audit, citizen },
    solutions: { continuousClose, auditReadyAccess, citizenPortal },
    epics,
    contributions,
  };
}

/** The epics a demo user may not browse in the seeded portfolio: their keys and titles must never appear. */
export function hiddenFrom(
  user: 'portfolioLead' | 'productManager' | 'engineeringLead' | 'viewer',
  seeded: SeededPortfolio,
) {
  const epics =
    user === 'portfolioLead'
      ? []
      : user === 'engineeringLead'
        ? [seeded.epics.mob, seeded.epics.secured]
        : [seeded.epics.secured];
  return { keys: epics.map((e) => e.key), titles: epics.map((e) => e.summary) };
}
