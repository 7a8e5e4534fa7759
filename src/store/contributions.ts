import { createHash } from 'node:crypto';
import type { Contribution, EpicSnapshot } from '../contract';
import { fail } from '../contract';
import { newId } from '../domain';
import type { StoreContext } from './context';
import { deleteRecord, type DeleteOptions } from './deletes';
import { contributionSpec, solutionSpec } from './layout';
import { getRecord, listRecords, listStretch, listWhere } from './reads';
import { createRecord, updateRecord } from './records';
import { contributionRules } from './rules';

export interface LinkInput {
  solutionId: string;
  epic: { id: string; key: string; projectId: string; projectKey: string };
  /** What this product contributes, one line. */
  note: string;
  snapshot: EpicSnapshot;
}

/**
 * One contribution per (solution, epic): the id is derived from the pair, so a second link of
 * the same pair is the same key and the transaction's "absent" condition refuses it atomically.
 */
function contributionId(solutionId: string, epicId: string): string {
  return newId('con', () => createHash('sha256').update(`${solutionId}|${epicId}`).digest('hex'));
}

export function contributionsRepository(ctx: StoreContext) {
  return {
    get: (id: string) => getRecord(contributionSpec, id),
    list: () => listRecords(contributionSpec),
    /** Up to `max` contributions from cursor `from` (null: the first); background jobs page with it. */
    listStretch: (from: string | null, max: number) => listStretch(contributionSpec, from, max),
    listBySolution: (solutionId: string) => listWhere(contributionSpec, 'solutionId', solutionId),
    listByEpic: (epicId: string) => listWhere(contributionSpec, 'epicId', epicId),
    listByProject: (projectId: string) => listWhere(contributionSpec, 'projectId', projectId),

    /** CONFLICT when the epic already contributes to the solution; NOT_FOUND when the solution is gone. */
    async link(input: LinkInput, accountId: string): Promise<Contribution> {
      const solution = await getRecord(solutionSpec, input.solutionId);
      if (!solution)
        return fail('NOT_FOUND', 'This solution no longer exists. It may have been deleted by someone else.');
      const duplicate = `${input.epic.key} is already linked to ${solutionSpec.label(solution)}.`;
      // Also catches links imported from a backup under another id.
      const existing = await listWhere(contributionSpec, 'epicId', input.epic.id);
      if (existing.some((c) => c.solutionId === input.solutionId)) fail('CONFLICT', duplicate);
      const at = ctx.stamp();
      const fields = {
        id: contributionId(input.solutionId, input.epic.id),
        solutionId: input.solutionId,
        epicId: input.epic.id,
        epicKey: input.epic.key,
        projectId: input.epic.projectId,
        projectKey: input.epic.projectKey,
        note: input.note,
        linkedBy: accountId,
        linkedAt: at,
        snapshot: input.snapshot,
      };
      return createRecord(ctx, contributionRules, fields, accountId, {
        action: 'link',
        conflictMessage: duplicate,
        at,
      });
    },

    updateNote: (id: string, version: number, note: string, accountId: string) =>
      updateRecord(ctx, contributionRules, id, version, { note }, accountId),

    unlink: (id: string, version: number, accountId: string, options: DeleteOptions = {}) =>
      deleteRecord(ctx, 'contribution', id, version, accountId, options),
  };
}
