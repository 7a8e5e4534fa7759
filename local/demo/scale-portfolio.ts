import type {
  Backup,
  Contribution,
  EpicSnapshot,
  Market,
  Priority,
  Product,
  Solution,
} from '../../src/contract';
import type { SiteData, SiteIssue } from '../jira/site';
import { DEMO_USERS } from './demo-users';
import { createPrng } from './prng';
import { ISSUE_TYPES } from './skeleton';

/**
 * A market layer of a given size over a generated site (`generateSite`), as a backup that
 * `admin.import` loads: the way benchmarks and scale tests build L and XL through the app's own
 * interfaces. Every epic is linked at most once; snapshots say what the site says.
 */
export interface ScaleSize {
  markets: number;
  priorities: number;
  solutions: number;
  /** Each solution spans this many products (inclusive range). */
  productsPerSolution: [number, number];
  /** Epics each product links to each of its solutions. */
  epicsPerCell: number;
}

/** The issue's sizes: L = 20,000 linked epics in 500 products (with generateSite 500 × 50 × 3). */
export const SCALE_L: ScaleSize = {
  markets: 50,
  priorities: 1000,
  solutions: 500,
  productsPerSolution: [4, 12],
  epicsPerCell: 5,
};

const AT = '2026-11-30T09:00:00.000Z';
const LEAD = DEMO_USERS.portfolioLead;
const stamp = { version: 1, createdAt: AT, updatedAt: AT, updatedBy: LEAD };
const LAYERS = ['executive', 'senior-manager', 'user'] as const;
const STATUSES = ['committed', 'in-delivery', 'in-delivery', 'proposed', 'delivered', 'dropped'] as const;
const id = (prefix: string, n: number) => `${prefix}_${String(n).padStart(8, '0')}`;

export function scaleBackup(site: SiteData, size: ScaleSize, seed = 8): Backup {
  const prng = createPrng(seed);
  const statusById = new Map(site.statuses.map((s) => [s.id, s]));
  const children = new Map<string, SiteIssue[]>();
  for (const issue of site.issues)
    if (issue.parentId) children.set(issue.parentId, [...(children.get(issue.parentId) ?? []), issue]);
  const epicsByProject = new Map<string, SiteIssue[]>();
  for (const issue of site.issues)
    if (issue.issueTypeId === ISSUE_TYPES.epic.id && !issue.securityLevelId)
      epicsByProject.set(issue.projectId, [...(epicsByProject.get(issue.projectId) ?? []), issue]);
  const projects = site.projects.filter((p) => epicsByProject.has(p.id));

  const markets: Market[] = Array.from({ length: size.markets }, (_, i) => ({
    id: id('mkt', i),
    name: `Market ${i + 1}`,
    description: '',
    segments: [],
    strategicWeight: prng.int(1, 5),
    status: 'target',
    ownerAccountId: null,
    ...stamp,
  }));
  const priorities: Priority[] = Array.from({ length: size.priorities }, (_, i) => ({
    id: id('pri', i),
    marketId: markets[i % markets.length].id,
    title: `Business priority ${i + 1}`,
    outcome: `Measured outcome ${i + 1}`,
    layer: LAYERS[i % LAYERS.length],
    importance: prng.int(1, 5),
    evidence: [],
    status: 'validated',
    ...stamp,
  }));
  const solutions: Solution[] = Array.from({ length: size.solutions }, (_, i) => ({
    id: id('sol', i),
    name: `Solution ${i + 1}`,
    valueStatement: `What customers of solution ${i + 1} get`,
    priorityIds: [...new Set([prng.pick(priorities).id, prng.pick(priorities).id])],
    horizon: prng.pick(['now', 'next', 'later'] as const),
    status: prng.pick(STATUSES),
    ownerAccountId: null,
    ...stamp,
  }));

  const snapshotOf = (epic: SiteIssue): EpicSnapshot => {
    const status = statusById.get(epic.statusId)!;
    const kids = children.get(epic.id) ?? [];
    const category = (i: SiteIssue) => statusById.get(i.statusId)!.categoryKey;
    return {
      summary: epic.summary,
      statusName: status.name,
      statusCategory: status.categoryKey,
      dueDate: epic.duedate ?? null,
      children: {
        total: kids.length,
        done: kids.filter((k) => category(k) === 'done').length,
        inProgress: kids.filter((k) => category(k) === 'indeterminate').length,
      },
      // The default settings choose no estimate field, so the app stores none.
      estimate: null,
      refreshedAt: AT,
    };
  };
  const nextEpic = new Map<string, number>();
  const contributions: Contribution[] = [];
  solutions.forEach((solution, s) => {
    const span = Math.min(prng.int(...size.productsPerSolution), projects.length);
    const first = (s * 7) % projects.length;
    for (let k = 0; k < span; k++) {
      const project = projects[(first + k) % projects.length];
      const epics = epicsByProject.get(project.id)!;
      for (let e = 0; e < size.epicsPerCell; e++) {
        const at = nextEpic.get(project.id) ?? 0;
        if (at >= epics.length) break;
        nextEpic.set(project.id, at + 1);
        const epic = epics[at];
        contributions.push({
          id: id('con', contributions.length),
          solutionId: solution.id,
          epicId: epic.id,
          epicKey: epic.key,
          projectId: project.id,
          projectKey: project.key,
          note: '',
          linkedBy: LEAD,
          linkedAt: AT,
          snapshot: snapshotOf(epic),
          ...stamp,
        });
      }
    }
  });
  const linkedProjects = new Set(contributions.map((c) => c.projectId));
  const products: Product[] = projects
    .filter((p) => linkedProjects.has(p.id))
    .map((p) => ({
      projectId: p.id,
      projectKey: p.key,
      projectName: p.name,
      displayName: '',
      productLine: '',
      ...stamp,
    }));
  return {
    format: 1,
    exportedAt: AT,
    settings: null,
    markets,
    priorities,
    solutions,
    contributions,
    products,
  };
}
