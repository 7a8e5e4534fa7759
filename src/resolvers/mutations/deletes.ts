import type { DeleteResult, ParsedInput } from '../../contract';
import type { Deps } from '../../deps';
import type { IsVisible } from '../../domain';
import type { Caller } from '../define';

type DeletableType = 'market' | 'priority' | 'solution';

/**
 * Deletes a market, priority or solution. Without `cascade` the store refuses with CONFLICT and
 * lists the dependents, so the UI can explain and offer the cascade; with it, everything the
 * cascade reaches goes in ONE transaction, or LIMIT when that is more than Forge allows.
 */
export async function deleteRecord(
  deps: Pick<Deps, 'jira' | 'store'>,
  type: DeletableType,
  input: ParsedInput<'market.delete'>,
  caller: Caller,
): Promise<DeleteResult> {
  const { id, version, cascade } = input;
  const options = {
    cascade,
    isVisible: type === 'solution' ? await epicVisibility(deps, id) : undefined,
  };
  const result =
    type === 'market'
      ? await deps.store.markets.delete(id, version, caller.accountId, options)
      : type === 'priority'
        ? await deps.store.priorities.delete(id, version, caller.accountId, options)
        : await deps.store.solutions.delete(id, version, caller.accountId, options);
  return { deleted: result.deleted };
}

/**
 * A solution's dependents are linked epics: the CONFLICT names only those the caller may browse
 * (others as "an epic in a project you cannot view"), from one bulk check of those epics. The
 * caller's "Manage market layer" was checked before the payload was read (`defineManaged`).
 */
async function epicVisibility(deps: Pick<Deps, 'jira' | 'store'>, solutionId: string): Promise<IsVisible> {
  const contributions = await deps.store.contributions.listBySolution(solutionId);
  if (contributions.length === 0) return () => true;
  const { granted } = await deps.jira.checkPermissions({ issueIds: contributions.map((c) => c.epicId) });
  return (c) => granted.BROWSE_PROJECTS.issueIds.has(c.epicId);
}
