import { AppFailure, fail, type Contribution, type ParsedInput } from '../../contract';
import type { Deps } from '../../deps';
import type { JiraIssue } from '../../jira';
import { requireLink, viewerAccess, type ViewerAccess } from '../access';
import { withheldEpic, withoutEpic } from '../views/visibility';
import { define, type Caller } from '../define';
import { shardOf } from '../../domain';

/**
 * Linking, re-describing and unlinking an epic: "Manage market layer" or permission to edit that
 * epic (PRODUCT.md, "Who may do what"). The epic and its snapshot are read as the app, like every
 * later refresh, so child progress does not depend on who linked it; the caller's permission
 * check (browse and edit, as the caller) decides before anything about it is answered. The
 * first link of an epic in a project also makes that project a product record, named as Jira
 * names it, so every view shows "Billing", not "BILL". Whether the solution exists and the epic
 * is not linked to it already are the store's checks (src/store/link.ts), made once.
 */
export function contributionMutations(deps: Deps) {
  return {
    'contribution.link': define('contribution.link', async (input, caller) => {
      const { linked, productMoved } = await link(deps, input, caller);
      await queueLayer(deps, linked, productMoved);
      return linked;
    }),

    'contribution.update': define('contribution.update', async ({ id, version, note }, caller) => {
      const contribution = await existing(deps, id);
      const access = await requireMayLink(deps, caller, contribution);
      const updated = await deps.store.contributions
        .updateNote(id, version, note, caller.accountId)
        .catch(unnamedUnless(access, contribution));
      return access.canBrowseIssue(contribution.epicId) ? updated : withheldEpic(updated);
    }),

    'contribution.unlink': define('contribution.unlink', async ({ id, version }, caller) => {
      const contribution = await existing(deps, id);
      const access = await requireMayLink(deps, caller, contribution);
      const result = await deps.store.contributions
        .unlink(id, version, caller.accountId)
        .catch(unnamedUnless(access, contribution));
      // Whether the project's last epic left the solution is the consumer's question (it lists them).
      await queueLayer(deps, contribution, false);
      return { deleted: result.deleted };
    }),
  };
}

/**
 * The epic's `market-layer` property is written by the `job-steps` consumer, not in this call
 * (issue 9: a link answers within 4 storage and 2 Jira requests; the write would be a third Jira
 * request). One event is queued, which costs neither; the consumer reads what is stored when it
 * runs (src/resolvers/jobs/layer-event.ts). `productMoved`: the link is the project's first epic
 * in the solution (from the solution's read-model row the link read anyway), so every epic of the
 * solution shows a new integration index. The link is already saved when this runs, so nothing
 * here may fail the answer ("nothing was changed"): if the event cannot be queued, a warning is
 * logged and the property stays stale until the epic's links change again or a full refresh.
 */
async function queueLayer(deps: Deps, changed: Contribution, productMoved: boolean): Promise<void> {
  const { epicId, solutionId, projectId } = changed;
  await deps.store.jobs
    .enqueueLayer({ layer: { epicId, solutionId, projectId, productMoved } })
    .catch((error: unknown) =>
      console.warn('[layer] could not queue the property rewrite of', epicId, String(error)),
    );
}

/**
 * A manager may change a contribution whose epic they may not browse; then no answer names that
 * epic (PRODUCT.md "Who may do what"): the store's messages ("Someone else changed contribution of
 * PLAT-73…") are told without it.
 */
function unnamedUnless(access: ViewerAccess, contribution: Contribution) {
  return (error: unknown): never => {
    if (error instanceof AppFailure && !access.canBrowseIssue(contribution.epicId))
      throw new AppFailure(withoutEpic(error.error, contribution));
    throw error;
  };
}

/**
 * Two Jira requests and five storage requests (while the solution and the project each have at
 * most 100 links): the settings (which estimate field to read); the epic and its children in one
 * search as the app; then, together, the
 * caller's permission check and the store's one batch (settings, solution, product, read model);
 * then the store's two lists and its one transaction. Nothing about the epic is said before the
 * caller's own permission check says they may browse it: an epic they cannot see is refused in
 * the same words as one that does not exist.
 */
async function link(
  deps: Deps,
  input: ParsedInput<'contribution.link'>,
  caller: Caller,
): Promise<{ linked: Contribution; productMoved: boolean }> {
  const unknown = () =>
    invalidIssue(`${input.issue} does not exist, or you do not have permission to see it`);
  // The settings' estimate field is asked for in the same search (one storage read first).
  const { estimateFieldId } = await deps.store.settings.get();
  const found = (await deps.jira.epicForLink(input.issue, estimateFieldId)) ?? unknown();
  const { issue, record } = found;
  const readsPromise = deps.store.contributions.readForLink(input.solutionId, issue.projectId);
  // Awaited below or inside viewerAccess; never left to reject unheard.
  readsPromise.catch(() => undefined);
  const access = await viewerAccess(caller, deps, {
    issueIds: [issue.id],
    settings: readsPromise.then((r) => r.settings),
  });
  if (!access.canBrowseIssue(issue.id)) unknown();
  requireLink(access, issue.id);
  const { settings } = await readsPromise;
  if (!settings.epicIssueTypes.includes(issue.issueTypeName)) notAnEpic(issue, settings.epicIssueTypes);
  const reads = await readsPromise;
  // Before the link: the commit edits these shards in place.
  const row = reads.state.shards.get(shardOf(input.solutionId))?.value.solutions[input.solutionId];
  const productMoved = !row?.cells.some((cell) => cell.projectId === issue.projectId);
  const linked = await deps.store.contributions.link(
    {
      solutionId: input.solutionId,
      epic: {
        id: record.epicId,
        key: record.epicKey,
        projectId: record.projectId,
        projectKey: record.projectKey,
        projectName: issue.projectName,
      },
      note: input.note,
      snapshot: record.snapshot,
    },
    caller.accountId,
    reads,
  );
  return { linked, productMoved };
}

async function existing(deps: Deps, id: string): Promise<Contribution> {
  return (
    (await deps.store.contributions.get(id)) ??
    fail('NOT_FOUND', 'This linked epic no longer exists. It may have been unlinked by someone else.')
  );
}

/** One bulk check of the epic: refused before anything is written. */
async function requireMayLink(deps: Deps, caller: Caller, contribution: Contribution): Promise<ViewerAccess> {
  const access = await viewerAccess(caller, deps, { issueIds: [contribution.epicId] });
  requireLink(access, contribution.epicId);
  return access;
}

function invalidIssue(message: string): never {
  return fail('VALIDATION', `${message}.`, { fields: { issue: message } });
}

function notAnEpic(issue: JiraIssue, epicTypes: readonly string[]): never {
  const allowed = epicTypes.join(', ');
  return invalidIssue(
    `${issue.key} is a ${issue.issueTypeName}; only issues of type ${allowed} can be linked (see Market layer settings)`,
  );
}
