import type { DeleteResult, ParsedInput } from '../../contract';
import type { Deps } from '../../deps';
import type { IsVisible } from '../../domain';
import type { Caller } from '../define';
import { requireManager } from './authorize';

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
    isVisible: await (type === 'solution' ? epicVisibility(deps, id, caller) : manager(deps, caller)),
  };
  const result =
    type === 'market'
      ? await deps.store.markets.delete(id, version, caller.accountId, options)
      : type === 'priority'
        ? await deps.store.priorities.delete(id, version, caller.accountId, options)
        : await deps.store.solutions.delete(id, version, caller.accountId, options);
  return { deleted: result.deleted };
}

async function manager(deps: Pick<Deps, 'jira' | 'store'>, caller: Caller): Promise<undefined> {
  await requireManager(deps, caller);
  return undefined;
}

/**
 * A solution's dependents are linked epics: the CONFLICT names only those the caller may browse
 * (others as "an epic in a project you cannot view"), from the same bulk check that authorizes.
 */
async function epicVisibility(
  deps: Pick<Deps, 'jira' | 'store'>,
  solutionId: string,
  caller: Caller,
): Promise<IsVisible> {
  const contributions = await deps.store.contributions.listBySolution(solutionId);
  const access = await requireManager(deps, caller, { issueIds: contributions.map((c) => c.epicId) });
  return (c) => access.canBrowseIssue(c.epicId);
}
