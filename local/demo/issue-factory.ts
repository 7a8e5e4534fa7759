import type { AdfDocument, SiteIssue, SiteProject, SiteStatus } from '../jira/site';
import { CHILD_PATTERNS, EPIC_PATTERNS, LABELS, type ProductSpec } from './catalog';
import type { Prng } from './prng';
import { dayOffset, ISSUE_TYPES, STATUSES } from './skeleton';

/** Ids and ranks run across the whole site; key numbers per project. */
export interface IdSequence {
  nextId: number;
}

function paragraph(text: string): AdfDocument {
  return { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

function epicSummary(spec: ProductSpec, index: number): { summary: string; theme: string } {
  const theme = spec.themes[index % spec.themes.length];
  const round = Math.floor(index / spec.themes.length);
  const pattern = EPIC_PATTERNS[round % EPIC_PATTERNS.length];
  const wave = Math.floor(round / EPIC_PATTERNS.length);
  const text = pattern.replace('{theme}', theme);
  const summary = text.charAt(0).toUpperCase() + text.slice(1);
  return { summary: wave > 0 ? `${summary} (wave ${wave + 1})` : summary, theme };
}

function epicStatus(prng: Prng): SiteStatus {
  const roll = prng.next();
  return roll < 0.3 ? STATUSES.todo : roll < 0.75 ? STATUSES.inProgress : STATUSES.done;
}

/** Children follow their epic: a done epic has done children, a new one mostly new ones. */
function childStatus(prng: Prng, epic: SiteStatus): SiteStatus {
  if (epic === STATUSES.done) return STATUSES.done;
  if (epic === STATUSES.todo) return prng.chance(0.85) ? STATUSES.todo : STATUSES.inProgress;
  return prng.pick([STATUSES.todo, STATUSES.inProgress, STATUSES.inReview, STATUSES.done, STATUSES.done]);
}

export interface ProjectIssuesSpec {
  project: SiteProject;
  product: ProductSpec;
  epicCount: number;
  /** How many children the epic at this index gets. */
  childCount: (epicIndex: number) => number;
  assignees: readonly string[];
}

/** Epics with their child stories, tasks and bugs for one project, in key order. */
export function buildProjectIssues(prng: Prng, ids: IdSequence, spec: ProjectIssuesSpec): SiteIssue[] {
  const { project, product } = spec;
  const issues: SiteIssue[] = [];
  let keyNumber = 1;
  const nextIdentity = () => {
    const id = String(ids.nextId++);
    return { id, key: `${project.key}-${keyNumber++}`, rank: Number(id) };
  };
  for (let e = 0; e < spec.epicCount; e++) {
    const { summary, theme } = epicSummary(product, e);
    const status = epicStatus(prng);
    const createdDaysAgo = prng.int(60, 400);
    const epic: SiteIssue = {
      ...nextIdentity(),
      projectId: project.id,
      issueTypeId: ISSUE_TYPES.epic.id,
      statusId: status.id,
      summary,
      created: dayOffset(-createdDaysAgo),
      updated: dayOffset(-prng.int(0, Math.min(createdDaysAgo, 60))),
      reporterAccountId: project.leadAccountId,
      assigneeAccountId: prng.pick(spec.assignees),
      labels: prng.chance(0.4) ? [prng.pick(LABELS)] : [],
      description: paragraph(
        `${product.name}: ${theme}. Outcome and scope are agreed with the product trio.`,
      ),
    };
    if (prng.chance(0.85)) {
      epic.duedate = dayOffset(status === STATUSES.done ? -prng.int(5, 90) : prng.int(-30, 240)).slice(0, 10);
    }
    issues.push(epic);
    const children = spec.childCount(e);
    for (let c = 0; c < children; c++) {
      const pattern = prng.pick(CHILD_PATTERNS);
      const childCreatedDaysAgo = prng.int(0, createdDaysAgo - 1);
      const child: SiteIssue = {
        ...nextIdentity(),
        projectId: project.id,
        issueTypeId:
          ISSUE_TYPES[pattern.type === 'Story' ? 'story' : pattern.type === 'Task' ? 'task' : 'bug'].id,
        statusId: childStatus(prng, status).id,
        summary: pattern.text.replace('{theme}', theme),
        parentId: epic.id,
        created: dayOffset(-childCreatedDaysAgo),
        updated: dayOffset(-prng.int(0, Math.min(childCreatedDaysAgo, 30))),
        reporterAccountId: project.leadAccountId,
        labels: [],
      };
      if (prng.chance(0.8)) child.assigneeAccountId = prng.pick(spec.assignees);
      issues.push(child);
    }
  }
  return issues;
}
