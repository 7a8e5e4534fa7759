import { z } from 'zod';
import type { JobStatus } from '../contract';
import { createDeps, type Deps } from '../deps';
import { dailyReconcile } from './reconcile';
import { contributionsOfEpics, refreshContributions, type RefreshOutcome } from './snapshots';

/**
 * The parts of a Forge Jira issue event Market Layer reads
 * (https://developer.atlassian.com/platform/forge/events-reference/jira/#issue-events): the
 * issue's id and, when the payload carries them, its parent and changelog items that moved it
 * between parents. Everything else is ignored, so a field Atlassian adds never breaks the trigger.
 */
const digits = z.string().regex(/^\d+$/);
const issueEvent = z.looseObject({
  eventType: z.string(),
  issue: z.looseObject({
    id: digits,
    fields: z
      .looseObject({
        parent: z.looseObject({ id: digits }).nullish(),
        project: z
          .looseObject({ id: digits, key: z.string().nullish(), name: z.string().nullish() })
          .nullish(),
        issuetype: z.looseObject({ name: z.string().nullish() }).nullish(),
      })
      .nullish(),
  }),
  changelog: z
    .looseObject({
      items: z
        .array(
          z.looseObject({
            field: z.string().nullish(),
            fieldId: z.string().nullish(),
            from: z.string().nullish(),
            to: z.string().nullish(),
          }),
        )
        .nullish(),
    })
    .nullish(),
});

/** Changelog field names Jira uses when an issue's parent (its epic) changes. */
const PARENT_FIELDS = new Set(['parent', 'IssueParentAssociation', 'Parent', 'Epic Link']);

interface IssueEventFacts {
  kind: 'created' | 'updated' | 'deleted';
  issueId: string;
  /** Parents whose child progress the event changes: the current one and any the issue left. */
  parentIds: string[];
  /** The issue's project, as far as the payload tells (a deleted issue's payload may lack key and name). */
  project: { id: string; key: string; name: string } | null;
  /** The issue type's name; absent from some deleted-issue payloads. */
  issueTypeName: string | null;
  hasParent: boolean;
}

const EVENT_KINDS: Record<string, IssueEventFacts['kind'] | undefined> = {
  'avi:jira:created:issue': 'created',
  'avi:jira:updated:issue': 'updated',
  'avi:jira:deleted:issue': 'deleted',
};

/** Undefined for events Market Layer does not act on, or payloads that are not issue events. */
function readIssueEvent(event: unknown): IssueEventFacts | undefined {
  const parsed = issueEvent.safeParse(event);
  if (!parsed.success) return undefined;
  const { eventType, issue, changelog } = parsed.data;
  const kind = EVENT_KINDS[eventType];
  if (!kind) return undefined;
  const parentIds = new Set<string>();
  if (issue.fields?.parent) parentIds.add(issue.fields.parent.id);
  for (const item of changelog?.items ?? []) {
    if (!PARENT_FIELDS.has(item.fieldId ?? '') && !PARENT_FIELDS.has(item.field ?? '')) continue;
    for (const value of [item.from, item.to]) if (value && /^\d+$/.test(value)) parentIds.add(value);
  }
  parentIds.delete(issue.id);
  const project = issue.fields?.project;
  return {
    kind,
    issueId: issue.id,
    parentIds: [...parentIds],
    project: project ? { id: project.id, key: project.key ?? '', name: project.name ?? '' } : null,
    issueTypeName: issue.fields?.issuetype?.name ?? null,
    hasParent: Boolean(issue.fields?.parent),
  };
}

/**
 * One issue was created, changed or deleted. Only stored contributions are looked up first (KVS index
 * queries); Jira is asked, as the app and in one batch, only when a linked epic or the parent of
 * a changed child is involved, so the many events for unlinked issues cost no Jira quota.
 * - created: a new child changes its epic's progress, so the parent's snapshots are refreshed;
 * - updated: refresh the snapshots of the issue's own contributions (it is a linked epic) and of
 *   its parents' (a child's status changes their progress);
 * - deleted: remove the epic's contributions (audited with accountId null), refresh the parents'.
 * A payload without the parent is caught up by the daily reconcile.
 */
async function onIssueEvent(
  deps: Pick<Deps, 'jira' | 'store' | 'now'>,
  event: unknown,
): Promise<RefreshOutcome> {
  const none: RefreshOutcome = { refreshed: 0, removed: 0, skipped: 0 };
  const facts = readIssueEvent(event);
  if (!facts) return none;
  await recountIfEpic(deps, facts);
  let removed = 0;
  if (facts.kind === 'deleted') removed = (await deps.store.removeContributionsForEpic(facts.issueId)).length;
  const affected = facts.kind === 'deleted' ? facts.parentIds : [facts.issueId, ...facts.parentIds];
  const contributions = await contributionsOfEpics(deps, affected);
  if (contributions.length === 0) return { ...none, removed };
  const outcome = await refreshContributions(deps, contributions);
  return { ...outcome, removed: outcome.removed + removed };
}

/**
 * An epic created, edited (its status may have moved) or deleted changes its project's open-epic
 * count, balance's denominator: one approximate count of that project, as the app. A deleted
 * issue's payload may not name its type; an issue without a parent may be an epic, so it counts.
 */
async function recountIfEpic(
  deps: Pick<Deps, 'jira' | 'store' | 'now'>,
  facts: IssueEventFacts,
): Promise<void> {
  if (!facts.project) return;
  const { epicIssueTypes } = await deps.store.settings.get();
  const maybeEpic = facts.issueTypeName ? epicIssueTypes.includes(facts.issueTypeName) : !facts.hasParent;
  if (!maybeEpic) return;
  const [counted] = await deps.jira.openEpicCounts([facts.project], epicIssueTypes, 'app');
  await deps.store.readModel.storeOpenEpicCounts(
    [
      {
        projectId: counted.id,
        projectKey: counted.key,
        projectName: counted.name,
        openEpics: counted.openEpics,
      },
    ],
    deps.now().toISOString(),
    null,
  );
}

const deps = createDeps();

/** The `on-issue-event` function (manifest.yml trigger on avi:jira:created, updated and deleted:issue). */
export async function handleIssueEvent(event: unknown, _context?: unknown): Promise<void> {
  await onIssueEvent(deps, event);
}

/** The `reconcile` function (manifest.yml scheduledTrigger `daily-reconcile`). */
export async function runReconcile(_event?: unknown, _context?: unknown): Promise<JobStatus | null> {
  return dailyReconcile(deps);
}
